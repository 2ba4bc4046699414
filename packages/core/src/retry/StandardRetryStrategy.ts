import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from "@smithy/types";

export interface StandardRetryOptions {
  maxAttempts?: number;
  /** Base of the exponential backoff, ms. */
  baseDelay?: number;
  /** Upper bound of one backoff, ms. */
  maxDelay?: number;
  /** Retry quota (token bucket) capacity. */
  capacity?: number;
  random?: () => number;
}


/**
 * The AWS SDKs' "standard" retry mode: exponential backoff with full jitter, capped, and a
 * client-wide retry quota so a failing service is not hammered: each retry takes 5 tokens (10 after
 * a timeout), each success gives back what its last retry took (1 if it needed none).
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
export class StandardRetryStrategy implements RetryStrategyV2 {
  readonly mode: string = "standard";
  readonly maxAttempts: number;
  readonly #baseDelay: number;
  readonly #maxDelay: number;
  readonly #capacityMax: number;
  readonly #random: () => number;
  #capacity: number;
  #initial?: Promise<StandardRetryToken>;

  constructor(options: StandardRetryOptions = {}) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.#baseDelay = options.baseDelay ?? 100;
    this.#maxDelay = options.maxDelay ?? 20_000;
    this.#capacityMax = this.#capacity = options.capacity ?? 500;
    this.#random = options.random ?? Math.random;
  }

  /** Tokens left in the retry quota. */
  get availableCapacity(): number {
    return this.#capacity;
  }

  /** Every call starts with the same token; one settled promise of it spares each call an allocation. */
  acquireInitialRetryToken(_scope: string): Promise<StandardRetryToken> {
    return (this.#initial ??= Promise.resolve(token(0, 0, 0)));
  }

  async refreshRetryTokenForRetry(previous: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    const attempt = previous.getRetryCount() + 1;
    if (attempt >= this.maxAttempts) throw new Error("No retry attempts left");
    const error = errorInfo.error as { name?: string; code?: string } | undefined;
    const cost = error?.name === "TimeoutError" || error?.code === "ETIMEDOUT" ? 10 : 5;
    if (cost > this.#capacity) throw new Error("Retry quota exhausted");
    this.#capacity -= cost;
    const backoff = this.#random() * this.#baseDelay * 2 ** (attempt - 1);
    // A server's Retry-After (retryAfterHint) is honoured when it asks for more than the backoff.
    const hinted = errorInfo.retryAfterHint ? errorInfo.retryAfterHint.getTime() - Date.now() : 0;
    const delay = Math.floor(Math.min(this.#maxDelay, Math.max(backoff, hinted)));
    return token(attempt, delay, cost);
  }

  recordSuccess(retryToken: StandardRetryToken): void {
    this.#capacity = Math.min(this.#capacityMax, this.#capacity + (retryToken.getRetryCost() || 1));
  }
}

const token = (count: number, delay: number, cost: number): StandardRetryToken => ({
  getRetryCount: () => count,
  getRetryDelay: () => delay,
  getRetryCost: () => cost,
});
