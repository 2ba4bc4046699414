import { describe, expect, it } from "vitest";
import { StandardRetryStrategy } from "./StandardRetryStrategy.js";

describe("StandardRetryStrategy", () => {
  it("backs off exponentially with full jitter from a 100 ms base", async () => {
    const strategy = new StandardRetryStrategy({ maxAttempts: 5, random: () => 1 });
    let token = await strategy.acquireInitialRetryToken("scope");
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      token = await strategy.refreshRetryTokenForRetry(token, { errorType: "TRANSIENT" });
      delays.push(token.getRetryDelay());
    }
    expect(delays).toEqual([100, 200, 400, 800]);
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: "TRANSIENT" })).rejects.toThrow(/No retry attempts left/);
  });

  it("caps one backoff at 20 seconds and uses the random factor", async () => {
    const capped = new StandardRetryStrategy({ maxAttempts: 30, random: () => 1 });
    let token = await capped.acquireInitialRetryToken("s");
    for (let i = 0; i < 20; i++) token = await capped.refreshRetryTokenForRetry(token, { errorType: "TRANSIENT" });
    expect(token.getRetryDelay()).toBe(20_000);
    const jittered = new StandardRetryStrategy({ random: () => 0.25 });
    const first = await jittered.refreshRetryTokenForRetry(await jittered.acquireInitialRetryToken("s"), { errorType: "TRANSIENT" });
    expect(first.getRetryDelay()).toBe(25);
  });

  it("spends 5 tokens per retry, 10 after a timeout, and refunds on success", async () => {
    const strategy = new StandardRetryStrategy({ maxAttempts: 3, random: () => 0 });
    const token = await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken("s"), { errorType: "TRANSIENT" });
    expect(strategy.availableCapacity).toBe(495);
    await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken("s"), {
      errorType: "TRANSIENT",
      error: Object.assign(new Error("t"), { name: "TimeoutError", $metadata: {} }) as any,
    });
    expect(strategy.availableCapacity).toBe(485);
    strategy.recordSuccess(token);
    expect(strategy.availableCapacity).toBe(490);
    strategy.recordSuccess(await strategy.acquireInitialRetryToken("s"));
    expect(strategy.availableCapacity).toBe(491);
  });

  it("refuses to retry once the quota is exhausted", async () => {
    const strategy = new StandardRetryStrategy({ capacity: 12, random: () => 0 });
    await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken("s"), { errorType: "TRANSIENT" });
    await strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken("s"), { errorType: "TRANSIENT" });
    await expect(
      strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken("s"), { errorType: "TRANSIENT" }),
    ).rejects.toThrow(/quota/);
  });
});
