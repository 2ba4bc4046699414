/**
 * SHA-256 and HMAC-SHA256 in plain JavaScript, so SigV4 runs the same in Node and browsers and
 * synchronously. Written out here rather than taken from @aws-crypto/sha256-js: its class is an
 * ES5 IIFE with module-level `Buffer` and tslib code, which bundlers (esbuild in particular) keep
 * in apps that never sign anything. https://csrc.nist.gov/pubs/fips/180-4/upd1/final
 */

let encoder: TextEncoder | undefined;

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as Buffer and TextEncoder both do). */
export const utf8 = (text: string): Uint8Array => (encoder ??= new TextEncoder()).encode(text);

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
// §5.3.3: the initial hash value.
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

let k32: Int32Array | undefined;

/** §6.2.2: folds the 64-byte block at `offset` into the state `h`; `w` is scratch space. */
const compress = (h: Int32Array, w: Int32Array, k: Int32Array, bytes: Uint8Array, offset: number): void => {
  for (let t = 0; t < 16; t++, offset += 4) {
    w[t] = (bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
  }
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15]!;
    const w2 = w[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + k[t]! + w[t]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + hh) | 0;
};

export const sha256 = (data: Uint8Array): Uint8Array => {
  const k = (k32 ??= Int32Array.from(K));
  const h = Int32Array.from(H0);
  const w = new Int32Array(64);
  const length = data.length;
  const whole = length & ~63;
  for (let offset = 0; offset < whole; offset += 64) compress(h, w, k, data, offset);
  // §5.1.1 padding of the rest: 0x80, zeros, then the bit length as a 64-bit big-endian number.
  const tail = new Uint8Array(length - whole < 56 ? 64 : 128);
  tail.set(data.subarray(whole));
  tail[length - whole] = 0x80;
  const tailView = new DataView(tail.buffer);
  tailView.setUint32(tail.length - 8, Math.floor(length / 0x20000000));
  tailView.setUint32(tail.length - 4, (length << 3) >>> 0);
  for (let offset = 0; offset < tail.length; offset += 64) compress(h, w, k, tail, offset);

  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, h[i]!);
  return out;
};

const BLOCK_SIZE = 64;

/** HMAC-SHA256, RFC 2104: keys longer than a block are hashed first, shorter ones zero-padded. */
export const hmacSha256 = (key: Uint8Array | string, data: Uint8Array | string): Uint8Array => {
  let keyBytes = typeof key === "string" ? utf8(key) : key;
  if (keyBytes.length > BLOCK_SIZE) keyBytes = sha256(keyBytes);
  const message = typeof data === "string" ? utf8(data) : data;
  const inner = new Uint8Array(BLOCK_SIZE + message.length);
  const outer = new Uint8Array(BLOCK_SIZE + 32);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const byte = keyBytes[i] ?? 0;
    inner[i] = byte ^ 0x36;
    outer[i] = byte ^ 0x5c;
  }
  inner.set(message, BLOCK_SIZE);
  outer.set(sha256(inner), BLOCK_SIZE);
  return sha256(outer);
};

const HEX = "0123456789abcdef";

export const toHex = (bytes: Uint8Array): string => {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
  return out;
};
