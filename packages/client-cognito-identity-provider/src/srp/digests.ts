// SHA-256 and HMAC-SHA256 from the platform's WebCrypto (browsers, workers, Node 20+, Deno, Bun):
// no hashing code ships with SRP. Not @lithe/core's hmacSha256Base64: that one takes strings and
// answers base64 (SecretHash; node:crypto in Node), where SRP's HKDF needs bytes in and out; and
// core's sha256-js digests would bring a hash implementation into the SRP chunk.

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export const sha256 = async (data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(await subtle().digest("SHA-256", data));

export const hmacSha256 = async (key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
  const cryptoKey = await subtle().importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", cryptoKey, data));
};
