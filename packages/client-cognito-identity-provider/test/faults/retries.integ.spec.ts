import {
  CognitoIdentityProviderServiceException,
  ForgotPasswordCommand,
  InternalErrorException,
  LimitExceededException,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";
import { AdaptiveRetryStrategy, StandardRetryStrategy } from "@lithe/core";
import { describe, expect, it } from "vitest";
import { fault, forgotPassword, ok, sleep, useFaultHarness, waitFor } from "./support/faultHarness.js";

// Which failures are retried, how often, and what the caller sees. Default client: standard mode,
// 3 attempts, backoff of at most 100 ms then 200 ms, so a fully retried call ideally takes ~300 ms.
const h = useFaultHarness();

const DELIVERY = { CodeDeliveryDetails: { Destination: "f***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" } };

describe("retried failures", () => {
  it("503 → 503 → 200 succeeds on the third attempt, numbering each attempt under one invocation id", async () => {
    h.server.script(fault(503, "ServiceUnavailable"), fault(503, "ServiceUnavailable"), ok(DELIVERY));
    const client = h.client();
    const output = await h.succeeds(() => client.send(forgotPassword()), 2_000);

    expect(output.CodeDeliveryDetails).toEqual(DELIVERY.CodeDeliveryDetails);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 3 });
    const headers = h.server.requests.map((r) => r.headers);
    expect(headers.map((hd) => hd["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
    const ids = new Set(headers.map((hd) => hd["amz-sdk-invocation-id"]));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // A second call is a new invocation.
    await h.succeeds(() => client.send(forgotPassword()), 2_000);
    expect(h.server.requests[3]!.headers["amz-sdk-invocation-id"]).not.toBe([...ids][0]);
  });

  it("500 three times fails after 3 attempts with InternalErrorException", async () => {
    h.server.script(...Array.from({ length: 3 }, () => fault(500, "InternalErrorException")), ok(DELIVERY));
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(InternalErrorException);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error.$fault).toBe("server");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 500, attempts: 3 });
    expect(h.server.requests).toHaveLength(3);
  });

  it("HTTP 429 TooManyRequestsException is retried as throttling and the next 200 succeeds", async () => {
    h.server.script(fault(429, "TooManyRequestsException"), ok(DELIVERY));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("TooManyRequestsException as Cognito sends it (HTTP 400) is retried as throttling too", async () => {
    h.server.script(fault(400, "TooManyRequestsException"), ok(DELIVERY));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("totalRetryDelay adds up the backoffs actually waited (jitter pinned at 0.5: 50 ms + 100 ms)", async () => {
    h.server.script(fault(503, "ServiceUnavailable"), fault(502, "BadGateway"), ok(DELIVERY));
    const client = h.client({ retryStrategy: new StandardRetryStrategy({ random: () => 0.5 }) });
    const output = await h.succeeds(() => client.send(forgotPassword()), 2_000);
    expect(output.$metadata).toMatchObject({ attempts: 3, totalRetryDelay: 150 });
    expect(output.$metadata.totalRetryDelay).toBeGreaterThan(0);
  });
});

describe("failures never retried", () => {
  it("LimitExceededException (Cognito's per-user attempt quota) fails at once: retrying would send another code", async () => {
    h.server.script(fault(400, "LimitExceededException", { "x-amzn-requestid": "limit-1" }, "Attempt limit exceeded, please try after some time."));
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.message).toBe("Attempt limit exceeded, please try after some time.");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1, totalRetryDelay: 0, requestId: "limit-1" });
    expect(h.server.requests).toHaveLength(1);
  });

  it("TooManyFailedAttemptsException and other 4xx errors fail on the first attempt", async () => {
    h.server.script(fault(400, "UserNotFoundException"), fault(400, "TooManyFailedAttemptsException"));
    const client = h.client();
    const notFound = await h.fails(() => client.send(forgotPassword()), 1_000);
    const tooMany = await h.fails(() => client.send(forgotPassword()), 1_000);
    expect(notFound).toBeInstanceOf(UserNotFoundException);
    // Not among ForgotPassword's modelled errors: the base exception, named after the code.
    expect(tooMany).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(tooMany.name).toBe("TooManyFailedAttemptsException");
    expect([notFound.$metadata.attempts, tooMany.$metadata.attempts]).toEqual([1, 1]);
    expect(h.server.requests).toHaveLength(2);
  });

  it("501 Not Implemented is a server fault but not a transient one", async () => {
    h.server.script(fault(501, "NotImplemented"));
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error.name).toBe("NotImplemented");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 501, attempts: 1 });
  });

  it("maxAttempts: 1 turns retries off", async () => {
    h.server.script(fault(503, "ServiceUnavailable"), ok(DELIVERY));
    const error = await h.fails(() => h.client({ maxAttempts: 1 }).send(forgotPassword()), 1_000);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 1 });
    expect(h.server.requests[0]!.headers["amz-sdk-request"]).toBe("attempt=1; max=1");
  });

  it("an input that fails validation is never sent", async () => {
    const error = await h.fails(() => h.client().send(new ForgotPasswordCommand({ ClientId: "bad id!", Username: "" })), 1_000);
    expect(error.name).toBe("ValidationError");
    expect(h.server.requests).toHaveLength(0);
  });
});

describe("retry quota", () => {
  it("a burst of 503s spends the 500-token quota, after which calls stop retrying", async () => {
    h.server.fallback = fault(503, "ServiceUnavailable");
    const client = h.client();
    const burst = await Promise.all(Array.from({ length: 100 }, () => h.fails(() => client.send(forgotPassword()), 10_000)));
    const attempts = burst.map((error) => error.$metadata.attempts as number);
    // 500 tokens at 5 per retry: exactly 100 retries among the 100 calls, no success to refund any.
    expect(attempts.reduce((a, b) => a + b, 0)).toBe(200);
    expect(h.server.requests).toHaveLength(200);
    const later = await h.fails(() => client.send(forgotPassword()), 1_000);
    expect(later.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 1 });
  });

  it("a small quota (capacity 10) allows one fully retried call, then none", async () => {
    h.server.fallback = fault(503, "ServiceUnavailable");
    const strategy = new StandardRetryStrategy({ capacity: 10 });
    const client = h.client({ retryStrategy: strategy });
    const first = await h.fails(() => client.send(forgotPassword()), 2_000);
    const second = await h.fails(() => client.send(forgotPassword()), 1_000);
    expect([first.$metadata.attempts, second.$metadata.attempts]).toEqual([3, 1]);
    expect(strategy.availableCapacity).toBe(0);
    // A success refunds 1 token: still short of the 5 a retry costs.
    h.server.script(ok(DELIVERY));
    await h.succeeds(() => client.send(forgotPassword()), 1_000);
    const third = await h.fails(() => client.send(forgotPassword()), 1_000);
    expect(third.$metadata.attempts).toBe(1);
  });
});

describe("adaptive mode", () => {
  it("after a throttling response, holds further attempts back until the rate limiter allows them", async () => {
    const strategy = new AdaptiveRetryStrategy();
    const client = h.client({ retryStrategy: strategy });
    h.server.script(fault(400, "ThrottlingException"), ok(DELIVERY));
    expect(strategy.rateLimiter.enabled).toBe(false);

    const controller = new AbortController();
    const call = h.track(client.send(forgotPassword(), { abortSignal: controller.signal }));
    expect(await waitFor(() => h.server.requests.length === 1)).toBe(true);
    // Standard mode would retry within 100 ms; the limiter now allows ~0.5 requests per second.
    await sleep(400);
    expect(h.server.requests).toHaveLength(1);
    expect(strategy.rateLimiter.enabled).toBe(true);

    const abortedAt = performance.now();
    controller.abort();
    const error = await call.catch((e: unknown) => e as any);
    expect(performance.now() - abortedAt).toBeLessThan(150);
    expect(error.name).toBe("AbortError");
    expect(error.$metadata.attempts).toBe(1);
    expect(h.server.requests).toHaveLength(1);
  });

  it("standard mode, same script, retries right away", async () => {
    h.server.script(fault(400, "ThrottlingException"), ok(DELIVERY));
    const output = await h.succeeds(() => h.client({ retryMode: "standard" }).send(forgotPassword()), 1_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("retryMode 'adaptive' still retries throttled calls to success", async () => {
    h.server.script(fault(429, "TooManyRequestsException"), ok(DELIVERY));
    const output = await h.succeeds(() => h.client({ retryMode: "adaptive" }).send(forgotPassword()), 5_000);
    expect(output.$metadata.attempts).toBe(2);
  });
});
