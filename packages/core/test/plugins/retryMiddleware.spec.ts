import { getEventListeners } from "node:events";
import { constructStack } from "@smithy/middleware-stack";
import { HttpRequest } from "@smithy/protocol-http";
import type { RetryStrategyV2 } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { callOptions } from "../../src/client/callOptions.js";
import { AbortError } from "../../src/http/transportErrors.js";
import { retryMiddleware, retryMiddlewareOptions } from "../../src/plugins/getRetryPlugin.js";
import { AdaptiveRetryStrategy } from "../../src/retry/AdaptiveRetryStrategy.js";
import { ClientRateLimiter } from "../../src/retry/ClientRateLimiter.js";
import { StandardRetryStrategy } from "../../src/retry/StandardRetryStrategy.js";

// The retry middleware's contract with whatever sits below it (here a scripted terminal handler;
// the fault suite in the Cognito client package drives the same middleware over real sockets).

type Attempt = (request: HttpRequest, attempt: number) => Promise<unknown>;

const run = (strategy: RetryStrategyV2, attempt: Attempt, signal?: AbortSignal, maxAttempts = 3) => {
  const stack = constructStack<any, any>();
  stack.add(retryMiddleware(strategy, maxAttempts), retryMiddlewareOptions);
  let n = 0;
  const handler = stack.resolve((async (args: any) => ({ response: {}, output: await attempt(args.request, ++n) })) as any, {
    service: { targetPrefix: "Test" },
  } as any);
  return handler({ input: {}, request: new HttpRequest({ hostname: "example.com" }), [callOptions]: { abortSignal: signal } } as any);
};

const serverError = () => Object.assign(new Error("unavailable"), { name: "ServiceUnavailable", $fault: "server", $metadata: { httpStatusCode: 503 } });
const never = () => new Promise<never>(() => {});

describe("retryMiddleware", () => {
  it("returns the output with attempts and totalRetryDelay after retrying transient failures", async () => {
    const seen: string[] = [];
    const result: any = await run(new StandardRetryStrategy({ random: () => 0 }), async (request, n) => {
      seen.push(request.headers["amz-sdk-request"]!);
      if (n < 3) throw serverError();
      return { ok: true };
    });
    expect(result.output).toEqual({ ok: true, $metadata: { attempts: 3, totalRetryDelay: 0 } });
    expect(seen).toEqual(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
  });

  it("sends each retry the request as it was before the layers below changed it", async () => {
    const seen: Array<{ path: string; headers: Record<string, string> }> = [];
    await run(new StandardRetryStrategy({ random: () => 0 }), async (request, n) => {
      seen.push({ path: request.path, headers: { ...request.headers } });
      request.headers["x-changed-below"] = String(n);
      request.path = "/changed";
      if (n < 3) throw serverError();
      return {};
    });
    expect(seen).toEqual([1, 2, 3].map((n) => ({ path: "/", headers: { "amz-sdk-request": `attempt=${n}; max=3` } })));
  });

  it("rethrows the service's error, not the strategy's, when attempts or quota run out", async () => {
    const error = await run(new StandardRetryStrategy({ random: () => 0, capacity: 5 }), async () => {
      throw serverError();
    }).catch((e: unknown) => e as any);
    expect(error.name).toBe("ServiceUnavailable");
    expect(error.$metadata).toEqual({ httpStatusCode: 503, attempts: 2, totalRetryDelay: 0 });
  });

  it("settles with AbortError at once even when the layer below ignores the signal", async () => {
    const controller = new AbortController();
    const call = run(new StandardRetryStrategy(), never, controller.signal);
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 10);
    const error = await call.catch((e: unknown) => e as any);
    expect(performance.now() - abortedAt).toBeLessThan(150);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.$metadata).toEqual({ attempts: 1, totalRetryDelay: 0 });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("settles with AbortError while a user strategy is still deciding", async () => {
    const slow: RetryStrategyV2 = {
      acquireInitialRetryToken: never,
      refreshRetryTokenForRetry: never,
      recordSuccess: () => {},
    };
    const controller = new AbortController();
    const call = run(slow, async () => ({}), controller.signal);
    setTimeout(() => controller.abort(), 10);
    const error = await call.catch((e: unknown) => e as any);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.$metadata.attempts).toBe(0);
  });

  it("stops the adaptive rate limiter's wait on abort, and the abort is not retried", async () => {
    const limiter = new ClientRateLimiter();
    limiter.update(true); // throttled: the bucket starts empty and refills at about 1 send per second
    const controller = new AbortController();
    let attempts = 0;
    const call = run(new AdaptiveRetryStrategy({ rateLimiter: limiter }), async () => ++attempts, controller.signal);
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 20);
    const error = await call.catch((e: unknown) => e as any);
    // The limiter alone would hold the call for about a second (one token at ~1/s).
    expect(performance.now() - abortedAt).toBeLessThan(400);
    expect(error).toBeInstanceOf(AbortError);
    expect(attempts).toBe(0);
  });

  it("never retries an error thrown after the signal fired, whatever its kind", async () => {
    const controller = new AbortController();
    let attempts = 0;
    const error = await run(
      new StandardRetryStrategy(),
      async () => {
        attempts++;
        controller.abort();
        throw serverError();
      },
      controller.signal,
    ).catch((e: unknown) => e as any);
    expect(error).toBeInstanceOf(AbortError);
    expect(attempts).toBe(1);
  });
});
