import { hmacSha256Base64 } from "./hmacSha256Base64.js";

/**
 * The SecretHash Cognito requires from app clients that have a secret:
 * Base64(HMAC-SHA256(key = client secret, message = username + client id)).
 * Asynchronous because browsers compute it with WebCrypto, which keeps hashing code out of bundles.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash
 */
export const computeSecretHash = (clientSecret: string, username: string, clientId: string): Promise<string> =>
  hmacSha256Base64(clientSecret, username + clientId);
