import { describe, expect, it } from "vitest";
import { ClientRateLimiter } from "./ClientRateLimiter.js";

describe("ClientRateLimiter", () => {
  it("does not limit until the first throttling response", async () => {
    const limiter = new ClientRateLimiter(() => 1000);
    expect(limiter.enabled).toBe(false);
    await limiter.acquire();
    limiter.update(false);
    expect(limiter.enabled).toBe(false);
  });

  it("cuts the rate on throttling and grows it back as calls succeed", () => {
    let now = 1000;
    const limiter = new ClientRateLimiter(() => now);
    // 10 requests per second for 5 seconds, then throttled.
    for (let i = 0; i < 50; i++) {
      now += 0.1;
      limiter.update(false);
    }
    now += 0.1;
    limiter.update(true);
    const afterThrottle = limiter.fillRate;
    expect(limiter.enabled).toBe(true);
    expect(afterThrottle).toBeGreaterThan(0.5);
    expect(afterThrottle).toBeLessThan(10);
    for (let i = 0; i < 100; i++) {
      now += 0.1;
      limiter.update(false);
    }
    expect(limiter.fillRate).toBeGreaterThan(afterThrottle);
  });

  it("makes a caller wait when the bucket is empty, and the wait is abortable", async () => {
    const limiter = new ClientRateLimiter();
    limiter.update(true); // measured rate 0 → minimum fill rate of 0.5/s: one token per 2 s
    await limiter.acquire();
    const controller = new AbortController();
    const started = Date.now();
    const waiting = limiter.acquire(controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
