import { Sha256 } from "@aws-crypto/sha256-js";
import { fromUtf8 } from "../utils/utf8.js";

/**
 * SHA-256 and HMAC-SHA256 on top of @aws-crypto/sha256-js, which is pure JavaScript and so runs
 * the same in Node and browsers. Its digests are synchronous underneath; calling `digestSync`
 * saves a promise per hash on the signing path.
 */

export const sha256 = (data: Uint8Array): Uint8Array => {
  const hash = new Sha256();
  hash.update(data);
  return hash.digestSync();
};

// Sha256 treats an empty secret as "no key" (plain SHA-256). HMAC pads keys with zero bytes to the
// block size, so one zero byte is the same key as no bytes at all: https://www.rfc-editor.org/rfc/rfc2104
const ZERO_KEY = /* @__PURE__ */ new Uint8Array(1);

export const hmacSha256 = (key: Uint8Array | string, data: Uint8Array | string): Uint8Array => {
  const keyBytes = typeof key === "string" ? fromUtf8(key) : key;
  const hash = new Sha256(keyBytes.byteLength === 0 ? ZERO_KEY : keyBytes);
  hash.update(typeof data === "string" ? fromUtf8(data) : data);
  return hash.digestSync();
};

const HEX = "0123456789abcdef";

export const toHex = (bytes: Uint8Array): string => {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
  return out;
};
