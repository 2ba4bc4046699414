import { toBase64 } from "../utils/base64.js";
import { fromUtf8 } from "../utils/utf8.js";

/**
 * Base64(HMAC-SHA256(key, message)) with the browser's WebCrypto: no hashing code ships in the
 * bundle for it. WebCrypto refuses an empty HMAC key; HMAC pads keys with zeros, so one zero byte
 * is the same key (RFC 2104).
 */
export const hmacSha256Base64 = async (key: string, message: string): Promise<string> => {
  const keyBytes = (key.length === 0 ? new Uint8Array(1) : fromUtf8(key)) as Uint8Array<ArrayBuffer>;
  const subtle = globalThis.crypto.subtle;
  const cryptoKey = await subtle.importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toBase64(new Uint8Array(await subtle.sign("HMAC", cryptoKey, fromUtf8(message) as Uint8Array<ArrayBuffer>)));
};
