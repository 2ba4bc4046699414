import { describe, expect, it, vi } from "vitest";
import { lazyAdaptiveRetryStrategy } from "./lazyAdaptiveRetryStrategy.js";

const created = vi.hoisted(() => [] as unknown[]);
vi.mock("./AdaptiveRetryStrategy.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("./AdaptiveRetryStrategy.js")>();
  class CountedAdaptiveRetryStrategy extends original.AdaptiveRetryStrategy {
    constructor(...args: ConstructorParameters<typeof original.AdaptiveRetryStrategy>) {
      super(...args);
      created.push(this);
    }
  }
  return { ...original, AdaptiveRetryStrategy: CountedAdaptiveRetryStrategy };
});

describe("lazyAdaptiveRetryStrategy", () => {
  it("loads one AdaptiveRetryStrategy, before the first token, for all the calls that arrive while it loads", async () => {
    const strategy = lazyAdaptiveRetryStrategy(2);
    expect(created).toHaveLength(0);
    const tokens = await Promise.all([1, 2, 3].map(() => strategy.acquireInitialRetryToken("scope")));
    expect(created).toHaveLength(1);
    expect(tokens.map((token) => token.getRetryCount())).toEqual([0, 0, 0]);

    const adaptive = created[0] as { availableCapacity: number; maxAttempts: number };
    expect(adaptive.maxAttempts).toBe(2);
    const retried = await strategy.refreshRetryTokenForRetry(tokens[0]!, { errorType: "TRANSIENT" });
    expect(adaptive.availableCapacity).toBe(495);
    strategy.recordSuccess(retried);
    expect(adaptive.availableCapacity).toBe(500);
    await strategy.acquireInitialRetryToken("scope");
    expect(created).toHaveLength(1);
  });
});
