import { getEventListeners } from "node:events";
import { AbortError, NetworkError, TimeoutError } from "@lithe/core";
import { describe, expect, it } from "vitest";
import { refusedPort, startBlackhole } from "../../../core/test/http/httpTestKit.js";
import { fault, forgotPassword, ok, useFaultHarness, waitFor } from "./support/faultHarness.js";

// Connection-level faults, timeouts and aborts. Each asserts the error class, the attempts and an
// upper bound on the time taken; the harness then checks that no call and no socket is left behind.
const h = useFaultHarness();

const DELIVERY = { CodeDeliveryDetails: { Destination: "f***@e***", DeliveryMedium: "EMAIL" } };
const PARTIAL_HEADERS = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-jso";

describe("connection faults", () => {
  it("a connection reset before any response is retried, and the next 200 succeeds", async () => {
    h.server.script({ kind: "reset" }, ok(DELIVERY));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("a refused port fails with NetworkError ECONNREFUSED after 3 attempts", async () => {
    const port = await refusedPort();
    const error = await h.fails(() => h.client({ endpoint: `http://127.0.0.1:${port}` }).send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.$metadata).toMatchObject({ attempts: 3 });
  });

  it("a connection closed after partial headers is retried, then fails as NetworkError", async () => {
    const partial = { kind: "raw" as const, data: PARTIAL_HEADERS, then: "end" as const };
    h.server.script(partial, partial, partial);
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.$metadata.attempts).toBe(3);
    expect(h.server.requests).toHaveLength(3);
  });

  it("a connection reset after partial headers, then a 200, succeeds on attempt 2", async () => {
    h.server.script({ kind: "raw", data: PARTIAL_HEADERS, then: "reset" }, ok(DELIVERY));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("a reset in the middle of the body is retried, and the next 200 succeeds", async () => {
    h.server.script(
      { kind: "resetMidBody", headers: { "content-type": "application/x-amz-json-1.1" }, partialBody: '{"CodeDelivery', declaredLength: 200 },
      ok(DELIVERY),
    );
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.CodeDeliveryDetails).toEqual(DELIVERY.CodeDeliveryDetails);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("resets in the middle of every body fail with NetworkError after 3 attempts, never a SyntaxError", async () => {
    const midBody = { kind: "resetMidBody" as const, status: 200, partialBody: '{"CodeDeliveryDetails":{"Dest', declaredLength: 100 };
    h.server.script(midBody, midBody, midBody);
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.name).not.toBe("SyntaxError");
    expect(error.$metadata.attempts).toBe(3);
  });

  it("a port that never accepts the connection times out (connectionTimeout) on each of 3 attempts", async () => {
    const blackhole = await startBlackhole();
    try {
      const client = h.client({ endpoint: `http://127.0.0.1:${blackhole.port}`, connectionTimeout: 100 });
      const error = await h.fails(() => client.send(forgotPassword()), 3_000);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.timeout).toBe("connectionTimeout");
      expect(error.$metadata.attempts).toBe(3);
    } finally {
      await blackhole.close();
    }
  });
});

describe("request timeouts", () => {
  it("a server that hangs past requestTimeout gives a TimeoutError on each of 3 attempts", async () => {
    h.server.script({ kind: "hang" }, { kind: "hang" }, { kind: "hang" });
    const error = await h.fails(() => h.client({ requestTimeout: 150 }).send(forgotPassword()), 2_500);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeout).toBe("requestTimeout");
    expect(error.$metadata.attempts).toBe(3);
    expect(h.server.requests).toHaveLength(3);
  });

  it("a hang, then a 200, succeeds on attempt 2", async () => {
    h.server.script({ kind: "hang" }, ok(DELIVERY));
    const output = await h.succeeds(() => h.client({ requestTimeout: 150 }).send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("a body that trickles in past requestTimeout is a TimeoutError too", async () => {
    const slow = { kind: "slowBody" as const, headers: { "content-type": "application/x-amz-json-1.1" }, chunks: ["{", '"a"', ":1", "}"], intervalMs: 100 };
    h.server.script(slow, slow, slow);
    const error = await h.fails(() => h.client({ requestTimeout: 150, maxAttempts: 2 }).send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.$metadata.attempts).toBe(2);
  });

  it("a per-call requestTimeout shorter than the client's wins", async () => {
    h.server.script({ kind: "hang" }, { kind: "hang" }, { kind: "hang" });
    const client = h.client({ requestTimeout: 30_000 });
    const error = await h.fails(() => client.send(forgotPassword(), { requestTimeout: 100 }), 2_000);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(100);
    expect(error.$metadata.attempts).toBe(3);
  });

  it("a per-call requestTimeout longer than the client's wins", async () => {
    h.server.script({ ...ok(DELIVERY), delayMs: 300 });
    const client = h.client({ requestTimeout: 100 });
    const output = await h.succeeds(() => client.send(forgotPassword(), { requestTimeout: 5_000 }), 2_000);
    expect(output.$metadata.attempts).toBe(1);
  });
});

describe("abort", () => {
  it("an abort while waiting between retries rejects with AbortError within 50 ms (150 ms allowed here)", async () => {
    // Retry-After: 10 makes the backoff 10 s, so the abort is sure to land mid-backoff.
    h.server.script(fault(503, "ServiceUnavailable", { "retry-after": "10" }), ok(DELIVERY));
    const controller = new AbortController();
    const call = h.track(h.client().send(forgotPassword(), { abortSignal: controller.signal }));
    expect(await waitFor(() => h.server.requests.length === 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const abortedAt = performance.now();
    controller.abort();
    const error = await call.then(
      () => undefined,
      (e: unknown) => e as any,
    );
    expect(performance.now() - abortedAt).toBeLessThan(150);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.$metadata).toMatchObject({ attempts: 1, totalRetryDelay: 0 });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(h.server.requests).toHaveLength(1);
  });

  it("an abort while the response is awaited rejects at once, is not retried and frees the socket", async () => {
    h.server.script({ kind: "hang" }, ok(DELIVERY));
    const controller = new AbortController();
    const call = h.track(h.client().send(forgotPassword(), { abortSignal: controller.signal }));
    expect(await waitFor(() => h.server.requests.length === 1)).toBe(true);

    const abortedAt = performance.now();
    controller.abort(new Error("user navigated away"));
    const error = await call.catch((e: unknown) => e as any);
    expect(performance.now() - abortedAt).toBeLessThan(150);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.$metadata.attempts).toBe(1);
    expect(await waitFor(() => h.server.openSockets() === 0)).toBe(true);
    expect(h.server.requests).toHaveLength(1);
  });

  it("an abort before send rejects without anything reaching the server", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await h.fails(() => h.client().send(forgotPassword(), { abortSignal: controller.signal }), 500);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.$metadata.attempts).toBe(0);
    expect(h.server.requests).toHaveLength(0);
    expect(h.server.connections()).toBe(0);
  });

  it("one signal shared by several calls aborts all of them, and leaves no listener behind", async () => {
    const controller = new AbortController();
    const client = h.client();
    // One call that finished earlier with the same signal must have removed its listeners.
    h.server.script(ok(DELIVERY), { kind: "hang" }, { kind: "hang" }, { kind: "hang" });
    await h.succeeds(() => client.send(forgotPassword(), { abortSignal: controller.signal }), 1_000);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);

    const calls = [1, 2, 3].map(() => h.track(client.send(forgotPassword(), { abortSignal: controller.signal }).catch((e: unknown) => e as any)));
    expect(await waitFor(() => h.server.requests.length === 4)).toBe(true);
    const abortedAt = performance.now();
    controller.abort();
    const errors = await Promise.all(calls);
    expect(performance.now() - abortedAt).toBeLessThan(150);
    for (const error of errors) {
      expect(error).toBeInstanceOf(AbortError);
      expect(error.$metadata.attempts).toBe(1);
    }
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("a timed-out attempt is retried, but an abort during the retry is final", async () => {
    h.server.script({ kind: "hang" }, { kind: "hang" }, ok(DELIVERY));
    const controller = new AbortController();
    const call = h.track(h.client({ requestTimeout: 100 }).send(forgotPassword(), { abortSignal: controller.signal }));
    expect(await waitFor(() => h.server.requests.length === 2)).toBe(true);
    controller.abort();
    const error = await call.catch((e: unknown) => e as any);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.$metadata.attempts).toBe(2);
    expect(h.server.requests).toHaveLength(2);
  });
});
