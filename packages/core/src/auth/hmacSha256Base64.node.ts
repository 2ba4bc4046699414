/**
 * Base64(HMAC-SHA256(key, message)) with Node's native crypto, loaded on first use: most apps never
 * compute a SecretHash, and importing node:crypto costs milliseconds of start-up.
 */
let nodeCrypto: typeof import("node:crypto") | undefined;

export const hmacSha256Base64 = async (key: string, message: string): Promise<string> => {
  nodeCrypto ??= await import("node:crypto");
  return nodeCrypto.createHmac("sha256", key).update(message, "utf8").digest("base64");
};
