// Byte helpers for SRP, on what every platform has (atob/btoa): no Buffer. UTF-8 is @lithe/core's
// fromUtf8 (one TextEncoder, already in every page's initial load). Hex and base64 stay here:
// exporting core's from its entry moved them into the initial load of the SRP page (`npm run size`:
// base64 +84 B gzip, and +92 B on esbuild's ForgotPassword page; with hex, +189 B), to save about as
// much in this lazy chunk.

/** Bytes of an even-length hex string (padHex output, or a hash in hex). */
export const hexToBytes = (hex: string): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

export const bytesToHex = (bytes: Uint8Array): string => {
  let hex = "";
  for (const byte of bytes) hex += (byte < 16 ? "0" : "") + byte.toString(16);
  return hex;
};

export const concatBytes = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const result = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
};

export const fromBase64 = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

export const toBase64 = (bytes: Uint8Array): string => {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};
