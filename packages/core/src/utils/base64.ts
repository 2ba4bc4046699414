// Standard base64 with padding, RFC 4648 §4 (what Smithy's blob serialization uses). No Buffer or
// btoa/atob: the same code runs in Node and browsers and handles arbitrary bytes.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD = 61; // "="

let encodeTable: Uint8Array | undefined;
let decodeTable: Int8Array | undefined;

const tables = (): void => {
  encodeTable = new Uint8Array(64);
  decodeTable = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) {
    const code = ALPHABET.charCodeAt(i);
    encodeTable[i] = code;
    decodeTable[code] = i;
  }
};

/** Turns ASCII bytes into a string in chunks, so large inputs don't exceed the engine's argument limit. */
const asciiToString = (ascii: Uint8Array): string => {
  let out = "";
  for (let i = 0; i < ascii.length; i += 0x8000) {
    out += String.fromCharCode.apply(null, ascii.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return out;
};

/** Bytes → base64 text (with "=" padding). */
export const toBase64 = (bytes: Uint8Array): string =>
  bytes.length <= 1024 ? toBase64Small(bytes) : toBase64Large(bytes);

/** Plain concatenation: fastest for the short values (keys, hashes) this mostly sees. */
const toBase64Small = (bytes: Uint8Array): string => {
  const len = bytes.length;
  const rest = len % 3;
  const main = len - rest;
  let out = "";
  for (let i = 0; i < main; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  if (rest === 1) {
    const n = bytes[main]! << 16;
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[main]! << 16) | (bytes[main + 1]! << 8);
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  return out;
};

/** Large inputs: ASCII codes into one buffer, turned into a string in chunks (no rope of millions of pieces). */
const toBase64Large = (bytes: Uint8Array): string => {
  if (encodeTable === undefined) tables();
  const table = encodeTable!;
  const len = bytes.length;
  const out = new Uint8Array(Math.ceil(len / 3) * 4);
  const rest = len % 3;
  const main = len - rest;
  let o = 0;
  for (let i = 0; i < main; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = table[n >> 18]!;
    out[o++] = table[(n >> 12) & 63]!;
    out[o++] = table[(n >> 6) & 63]!;
    out[o++] = table[n & 63]!;
  }
  if (rest === 1) {
    const n = bytes[main]! << 16;
    out[o++] = table[n >> 18]!;
    out[o++] = table[(n >> 12) & 63]!;
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (rest === 2) {
    const n = (bytes[main]! << 16) | (bytes[main + 1]! << 8);
    out[o++] = table[n >> 18]!;
    out[o++] = table[(n >> 12) & 63]!;
    out[o++] = table[(n >> 6) & 63]!;
    out[o++] = PAD;
  }
  return asciiToString(out);
};

/**
 * Base64 text → bytes. Padding is optional; anything outside the standard alphabet (including
 * whitespace and the URL-safe "-" and "_") is rejected with a TypeError rather than skipped, so
 * corrupt data is noticed instead of silently truncated.
 */
export const fromBase64 = (text: string): Uint8Array => {
  if (decodeTable === undefined) tables();
  const table = decodeTable!;
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === PAD) end--;
  if (end > 0 && text.charCodeAt(end - 1) === PAD) end--;
  // With padding the length is a multiple of 4; without it, a remainder of 1 can't encode a byte.
  if ((end !== text.length && text.length % 4 !== 0) || end % 4 === 1) {
    throw new TypeError("invalid base64: bad length");
  }
  const out = new Uint8Array(((end * 3) / 4) | 0);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? table[c]! : -1;
    if (v < 0) throw new TypeError(`invalid base64: unexpected character at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
};
