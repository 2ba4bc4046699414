import type { CognitoIdentityProviderClient } from "@lithe/client-cognito-identity-provider";
import { expect, it } from "vitest";
import { forgotPassword, ok, useFaultHarness } from "./support/faultHarness.js";

// Load soak, not timed: many calls through one client against a server answering a fixed 200.
// What it proves: every call succeeds, the pool never opens more sockets than maxSockets, and
// nothing accumulates per call (heap after a forced GC back within 10 MB of where it started).
const h = useFaultHarness();

const CALLS = 20_000;
const CONCURRENCY = 64;
const DEFAULT_MAX_SOCKETS = 50;
const HEAP_SLACK_BYTES = 10 * 1024 * 1024;

const gc = (): (() => void) => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (typeof collect !== "function") {
    throw new Error("global.gc is not exposed: vitest.config.ts must start test forks with execArgv: ['--expose-gc']");
  }
  return collect;
};

const settledHeap = async (): Promise<number> => {
  const collect = gc();
  for (let i = 0; i < 3; i++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
};

/** `count` calls with `concurrency` in flight; the server's request log is trimmed as it goes. */
const soak = async (client: CognitoIdentityProviderClient, count: number, concurrency: number) => {
  let started = 0;
  let succeeded = 0;
  let served = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (started < count) {
      started++;
      try {
        const output = await client.send(forgotPassword());
        if (output.$metadata.attempts === 1 && output.CodeDeliveryDetails?.DeliveryMedium === "EMAIL") succeeded++;
        else failures.push(`unexpected output ${JSON.stringify(output)}`);
      } catch (error) {
        if (failures.length < 5) failures.push(`${(error as Error).name}: ${(error as Error).message}`);
        else failures.push("");
      }
      // The server records every request; keep that record from being the thing that grows.
      if (h.server.requests.length > 1_000) {
        served += h.server.requests.length;
        h.server.requests.length = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  served += h.server.requests.length;
  h.server.requests.length = 0;
  return { succeeded, failures, served };
};

it(`${CALLS} ForgotPassword calls at concurrency ${CONCURRENCY}: all succeed, sockets stay within maxSockets, the heap does not grow`, async () => {
  gc(); // fail first, loudly, if the heap check cannot be made
  h.server.fallback = ok({ CodeDeliveryDetails: { Destination: "s***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" } });
  // The default (no-op) logger: a collecting logger would itself be a growing heap.
  const client = h.client({ logger: undefined });

  // Warm up first, so JIT code, pooled sockets and lazily built caches are in the baseline.
  const warmUp = await soak(client, 1_000, CONCURRENCY);
  expect(warmUp.failures).toEqual([]);
  const heapBefore = await settledHeap();

  const { succeeded, failures, served } = await soak(client, CALLS, CONCURRENCY);
  const heapAfter = await settledHeap();

  expect(failures.slice(0, 5)).toEqual([]);
  expect(succeeded).toBe(CALLS);
  expect(served).toBe(CALLS);
  expect(h.server.peakOpenSockets()).toBeLessThanOrEqual(DEFAULT_MAX_SOCKETS);
  // Concurrency really reached the pool's limit (otherwise the bound above proves little).
  expect(h.server.peakOpenSockets()).toBeGreaterThan(DEFAULT_MAX_SOCKETS / 2);
  expect(heapAfter - heapBefore, `heap grew from ${heapBefore} to ${heapAfter} bytes`).toBeLessThan(HEAP_SLACK_BYTES);
}, 120_000);
