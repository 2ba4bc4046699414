import type { RetryErrorInfo, RetryToken, StandardRetryToken } from "@smithy/types";
import { ClientRateLimiter } from "./ClientRateLimiter.js";
import { StandardRetryStrategy, type StandardRetryOptions } from "./StandardRetryStrategy.js";

/**
 * "adaptive" mode: standard retries, plus a client-side rate limiter that every attempt (first
 * ones included) waits on once the service has throttled, and that recovers as calls succeed.
 * The optional `signal` (passed by lithe's retry middleware, beyond RetryStrategyV2) stops that wait.
 */
export class AdaptiveRetryStrategy extends StandardRetryStrategy {
  override readonly mode: string = "adaptive";
  readonly rateLimiter: ClientRateLimiter;

  constructor(options: StandardRetryOptions & { rateLimiter?: ClientRateLimiter } = {}) {
    super(options);
    this.rateLimiter = options.rateLimiter ?? new ClientRateLimiter();
  }

  override async acquireInitialRetryToken(scope: string, signal?: AbortSignal): Promise<StandardRetryToken> {
    await this.rateLimiter.acquire(signal);
    return super.acquireInitialRetryToken(scope);
  }

  override async refreshRetryTokenForRetry(
    previous: StandardRetryToken,
    errorInfo: RetryErrorInfo,
    signal?: AbortSignal,
  ): Promise<StandardRetryToken> {
    this.rateLimiter.update(errorInfo.errorType === "THROTTLING");
    const next = await super.refreshRetryTokenForRetry(previous, errorInfo);
    await this.rateLimiter.acquire(signal);
    return next;
  }

  override recordSuccess(token: RetryToken): void {
    this.rateLimiter.update(false);
    super.recordSuccess(token as StandardRetryToken);
  }
}
