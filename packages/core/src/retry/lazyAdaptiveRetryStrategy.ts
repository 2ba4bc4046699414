import type { RetryStrategyV2 } from "@smithy/types";
import type { AdaptiveRetryStrategy } from "./AdaptiveRetryStrategy.js";

/**
 * What `retryMode: "adaptive"` uses: an AdaptiveRetryStrategy that is loaded, with its rate limiter,
 * before the client's first attempt, so that the default ("standard") bundle carries neither. The
 * calls that arrive while it loads share the one instance, and so its rate limiter.
 */
export const lazyAdaptiveRetryStrategy = (maxAttempts: number): RetryStrategyV2 => {
  let loading: Promise<AdaptiveRetryStrategy> | undefined;
  // Set before the first token is handed out: refresh and recordSuccess only follow an acquire.
  let strategy: AdaptiveRetryStrategy;
  return {
    acquireInitialRetryToken: (scope: string, signal?: AbortSignal) =>
      (loading ??= import("./AdaptiveRetryStrategy.js").then(
        (module) => (strategy = new module.AdaptiveRetryStrategy({ maxAttempts })),
        (error: unknown) => {
          // A chunk that failed to load (offline, a new deployment) is tried again on the next call.
          loading = undefined;
          throw error;
        },
      )).then((loaded) => loaded.acquireInitialRetryToken(scope, signal)),
    refreshRetryTokenForRetry: (token, errorInfo, signal?: AbortSignal) => strategy.refreshRetryTokenForRetry(token as any, errorInfo, signal),
    recordSuccess: (token) => strategy.recordSuccess(token),
  };
};
