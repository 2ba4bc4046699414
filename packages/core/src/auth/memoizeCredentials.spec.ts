import { describe, expect, it } from "vitest";
import type { AwsCredentials } from "./credentials.js";
import { memoizeCredentials } from "./memoizeCredentials.js";

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

/** A provider that answers with a numbered key per call, expiring `expiresIn` minutes from now. */
const countingProvider = (expiresIn?: number) => {
  let calls = 0;
  const provider = async (): Promise<AwsCredentials> => {
    calls++;
    return { accessKeyId: `AKID${calls}`, secretAccessKey: "secret", ...(expiresIn !== undefined ? { expiration: minutes(expiresIn) } : {}) };
  };
  return { provider, calls: () => calls };
};

describe("memoizeCredentials", () => {
  it("calls the provider once for credentials that never expire", async () => {
    const { provider, calls } = countingProvider();
    const memoized = memoizeCredentials(provider);
    expect((await memoized()).accessKeyId).toBe("AKID1");
    expect((await memoized()).accessKeyId).toBe("AKID1");
    expect(calls()).toBe(1);
  });

  it("keeps credentials that expire in more than five minutes", async () => {
    const { provider, calls } = countingProvider(60);
    const memoized = memoizeCredentials(provider);
    await memoized();
    await memoized();
    expect(calls()).toBe(1);
  });

  it("refreshes credentials within five minutes of expiration", async () => {
    const { provider, calls } = countingProvider(4);
    const memoized = memoizeCredentials(provider);
    expect((await memoized()).accessKeyId).toBe("AKID1");
    expect((await memoized()).accessKeyId).toBe("AKID2");
    expect(calls()).toBe(2);
  });

  it("shares one in-flight call between concurrent callers", async () => {
    let release!: () => void;
    let calls = 0;
    const memoized = memoizeCredentials(async () => {
      calls++;
      await new Promise<void>((resolve) => (release = resolve));
      return { accessKeyId: "AKID", secretAccessKey: "secret" };
    });
    const all = Promise.all([memoized(), memoized(), memoized()]);
    await Promise.resolve();
    release();
    const results = await all;
    expect(calls).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it("does not cache a failure: the next call asks the provider again", async () => {
    let calls = 0;
    const memoized = memoizeCredentials(async () => {
      if (++calls === 1) throw new Error("temporarily unavailable");
      return { accessKeyId: "AKID", secretAccessKey: "secret" };
    });
    const [first, second] = await Promise.allSettled([memoized(), memoized()]);
    expect(first.status).toBe("rejected");
    expect(second.status).toBe("rejected"); // shared the failing in-flight call
    expect((await memoized()).accessKeyId).toBe("AKID");
    expect(calls).toBe(2);
  });
});
