import type { RetryErrorInfo, RetryToken, StandardRetryToken } from "@smithy/types";
import { ClientRateLimiter } from "./ClientRateLimiter.js";
import { StandardRetryStrategy, type StandardRetryOptions } from "./StandardRetryStrategy.js";

/**
 * "adaptive" mode: standard retries, plus a client-side rate limiter that every attempt (first
 * ones included) waits on once the service has throttled, and that recovers as calls succeed.
 */
export class AdaptiveRetryStrategy extends StandardRetryStrategy {
  override readonly mode: string = "adaptive";
  readonly rateLimiter: ClientRateLimiter;

  constructor(options: StandardRetryOptions & { rateLimiter?: ClientRateLimiter } = {}) {
    super(options);
    this.rateLimiter = options.rateLimiter ?? new ClientRateLimiter();
  }

  override async acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    await this.rateLimiter.acquire();
    return super.acquireInitialRetryToken(scope);
  }

  override async refreshRetryTokenForRetry(previous: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    this.rateLimiter.update(errorInfo.errorType === "THROTTLING");
    const next = await super.refreshRetryTokenForRetry(previous, errorInfo);
    await this.rateLimiter.acquire();
    return next;
  }

  override recordSuccess(token: RetryToken): void {
    this.rateLimiter.update(false);
    super.recordSuccess(token as StandardRetryToken);
  }
}
