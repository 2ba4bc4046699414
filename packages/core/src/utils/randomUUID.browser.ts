/**
 * A version 4 UUID. `crypto.randomUUID` exists in Node 20 and in browsers' secure contexts; pages
 * served over plain http on a LAN address are not secure contexts, hence the fallback.
 * The browser build: the choice is made on the first call (every call needs one: amz-sdk-invocation-id), not at import.
 */
export const randomUUID = (): string => (generate ??= pickGenerator())();

let generate: (() => string) | undefined;

const pickGenerator = (): (() => string) => {
  const webCrypto = globalThis.crypto;
  return webCrypto?.randomUUID ? webCrypto.randomUUID.bind(webCrypto) : () => fromRandomBytes(webCrypto);
};

const fromRandomBytes = (webCrypto: Crypto): string => {
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = "";
  for (const byte of bytes) hex += (byte + 0x100).toString(16).slice(1);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
