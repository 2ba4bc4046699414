import { hmacSha256 } from "./digests.js";
import { toBase64 } from "./toBase64.js";

/**
 * The SecretHash Cognito requires from app clients that have a secret:
 * Base64(HMAC-SHA256(key = client secret, message = username + client id)).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash
 */
export const computeSecretHash = (clientSecret: string, username: string, clientId: string): string =>
  toBase64(hmacSha256(clientSecret, username + clientId));
