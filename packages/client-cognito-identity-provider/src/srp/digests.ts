// SHA-256 and HMAC-SHA256 from the platform's WebCrypto (browsers, workers, Node 20+, Deno, Bun):
// no hashing code ships with SRP.

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export const sha256 = async (data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(await subtle().digest("SHA-256", data));

export const hmacSha256 = async (key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
  const cryptoKey = await subtle().importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", cryptoKey, data));
};
