// Browsers have base64 built in (atob/btoa); this twin of base64.ts keeps its behaviour, strict
// decoding included, in a fraction of the bundle.

/** Bytes → base64 text (with "=" padding). */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = "";
  // In chunks, so large inputs don't exceed the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
};

// atob skips whitespace; base64.ts rejects it, and anything else outside the standard alphabet.
const STRICT = /^[A-Za-z\d+/]*={0,2}$/;

/** Base64 text → bytes. Padding is optional; a bad character or length is a TypeError. */
export const fromBase64 = (text: string): Uint8Array => {
  let binary: string | undefined;
  if (STRICT.test(text)) {
    try {
      binary = atob(text);
    } catch {
      // atob's DOMException for an impossible length or misplaced padding.
    }
  }
  if (binary === undefined) throw new TypeError("invalid base64");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};
