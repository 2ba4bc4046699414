import type { AwsCredentials, CredentialProvider } from "./credentials.js";

/** Refresh this long before expiry, so a request signed now is not received after the credentials lapse. */
const REFRESH_WINDOW_MS = 5 * 60 * 1000;

/**
 * Caches what `provider` returns until it is within five minutes of its `expiration` (credentials
 * without one are kept for good). Concurrent callers share one in-flight call; a failed call is not
 * cached, so the next caller tries again.
 */
export const memoizeCredentials = (provider: CredentialProvider): CredentialProvider => {
  let cached: AwsCredentials | undefined;
  let pending: Promise<AwsCredentials> | undefined;

  const isFresh = (credentials: AwsCredentials) =>
    credentials.expiration === undefined || credentials.expiration.getTime() - Date.now() > REFRESH_WINDOW_MS;

  return () => {
    if (cached && isFresh(cached)) return Promise.resolve(cached);
    pending ??= (async () => {
      try {
        return (cached = await provider());
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };
};
