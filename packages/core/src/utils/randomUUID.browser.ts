/**
 * A version 4 UUID. `crypto.randomUUID` exists in browsers' secure contexts only; pages served over
 * plain http on a LAN address are not secure contexts, hence the fallback on getRandomValues.
 * The browser build: the check costs less than the code to remember its answer.
 */
export const randomUUID = (): string => {
  const webCrypto = globalThis.crypto;
  if (webCrypto.randomUUID) return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  // Each template digit XORed with random bits: 0 and 1 with 4 (any hex digit), 8 (variant 10xx)
  // with 2; the 4 (version) stays.
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (d) =>
    (+d ^ (bytes[i++]! & (15 >> (+d >> 2)))).toString(16),
  );
};
