import { abortableSleep } from "./abortableSleep.js";

/**
 * The client-side rate limiter of the AWS SDKs' "adaptive" retry mode: a token bucket whose fill
 * rate follows CUBIC congestion control. A throttling response cuts the allowed rate to `beta` of
 * what was measured; successes grow it back along a cubic curve around the last maximum.
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
export class ClientRateLimiter {
  // CUBIC constants as the AWS SDKs use them.
  readonly #beta = 0.7;
  readonly #scaleConstant = 0.4;
  readonly #smooth = 0.8;
  readonly #minFillRate = 0.5;
  readonly #minCapacity = 1;
  readonly #now: () => number;

  #enabled = false;
  #capacity = 0;
  #maxCapacity = 1;
  #fillRate = 0.5;
  #lastTimestamp = 0;
  #lastMaxRate = 0;
  #lastThrottleTime: number;
  #timeWindow = 0;
  #measuredTxRate = 0;
  #requestCount = 0;
  #lastTxRateBucket: number;

  /** `now` returns seconds; injectable so tests can drive time. */
  constructor(now: () => number = () => Date.now() / 1000) {
    this.#now = now;
    this.#lastThrottleTime = now();
    this.#lastTxRateBucket = Math.floor(now());
  }

  /** The current allowed send rate (requests per second) once throttling has been seen. */
  get fillRate(): number {
    return this.#fillRate;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Waits until a request may be sent. Free until the first throttling response. */
  async acquire(signal?: AbortSignal): Promise<void> {
    if (!this.#enabled) return;
    this.#refill();
    if (this.#capacity < 1) {
      await abortableSleep(((1 - this.#capacity) / this.#fillRate) * 1000, signal);
      this.#refill();
    }
    this.#capacity -= 1;
  }

  /** Feeds back the outcome of an attempt. */
  update(throttled: boolean): void {
    this.#updateMeasuredRate();
    let rate: number;
    if (throttled) {
      const rateToUse = this.#enabled ? Math.min(this.#measuredTxRate, this.#fillRate) : this.#measuredTxRate;
      this.#lastMaxRate = rateToUse;
      this.#computeTimeWindow();
      this.#lastThrottleTime = this.#now();
      rate = rateToUse * this.#beta;
      this.#enabled = true;
    } else {
      this.#computeTimeWindow();
      rate = this.#scaleConstant * (this.#now() - this.#lastThrottleTime - this.#timeWindow) ** 3 + this.#lastMaxRate;
    }
    this.#setRate(Math.min(rate, 2 * this.#measuredTxRate));
  }

  #computeTimeWindow(): void {
    this.#timeWindow = Math.cbrt((this.#lastMaxRate * (1 - this.#beta)) / this.#scaleConstant);
  }

  #setRate(rate: number): void {
    this.#refill();
    this.#fillRate = Math.max(rate, this.#minFillRate);
    this.#maxCapacity = Math.max(rate, this.#minCapacity);
    this.#capacity = Math.min(this.#capacity, this.#maxCapacity);
  }

  #refill(): void {
    const now = this.#now();
    if (this.#lastTimestamp) {
      this.#capacity = Math.min(this.#maxCapacity, this.#capacity + (now - this.#lastTimestamp) * this.#fillRate);
    }
    this.#lastTimestamp = now;
  }

  #updateMeasuredRate(): void {
    const bucket = Math.floor(this.#now() * 2) / 2;
    this.#requestCount++;
    if (bucket > this.#lastTxRateBucket) {
      const rate = this.#requestCount / (bucket - this.#lastTxRateBucket);
      this.#measuredTxRate = rate * this.#smooth + this.#measuredTxRate * (1 - this.#smooth);
      this.#requestCount = 0;
      this.#lastTxRateBucket = bucket;
    }
  }
}
