import { createHmac } from "node:crypto";

/** Base64(HMAC-SHA256(key, message)) with Node's native crypto. */
export const hmacSha256Base64 = async (key: string, message: string): Promise<string> =>
  createHmac("sha256", key).update(message, "utf8").digest("base64");
