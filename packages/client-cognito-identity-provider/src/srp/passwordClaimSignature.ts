import { fromUtf8 } from "@lithe/core";
import { concatBytes, fromBase64, toBase64 } from "./bytes.js";
import { hmacSha256 } from "./digests.js";

export interface PasswordClaimInput {
  poolName: string;
  /** USER_ID_FOR_SRP. */
  userId: string;
  /** SECRET_BLOCK from the challenge (base64), returned as PASSWORD_CLAIM_SECRET_BLOCK. */
  secretBlock: string;
  /** TIMESTAMP, in cognitoTimestamp's form. */
  timestamp: string;
}

/** PASSWORD_CLAIM_SIGNATURE: base64(HMAC-SHA256(key, poolName | userId | secretBlock bytes | timestamp)). */
export const passwordClaimSignature = async (key: Uint8Array<ArrayBuffer>, input: PasswordClaimInput): Promise<string> =>
  toBase64(await hmacSha256(key, concatBytes(fromUtf8(input.poolName), fromUtf8(input.userId), fromBase64(input.secretBlock), fromUtf8(input.timestamp))));
