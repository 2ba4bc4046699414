import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FetchHttpHandler } from "../../src/http/FetchHttpHandler.js";
import { AbortError, NetworkError, TimeoutError } from "../../src/http/transportErrors.js";
import { startScriptedServer, type ScriptedServer } from "../support/scriptedServer.js";
import { nextTurn, refusedPort, requestTo, track, waitFor } from "./httpTestKit.js";

// Node's fetch pools connections in a global dispatcher this handler cannot reach: answering with
// `connection: close` keeps finished calls from parking sockets there, and the check after each
// test counts only sockets that carried a request, because after an abort Node's fetch pre-opens
// an idle spare connection of its own (it closes on undici's 4 s idle timer).
const CLOSE = { connection: "close" };

let server: ScriptedServer;

beforeEach(async () => {
  server = await startScriptedServer();
  server.fallback = { status: 200, headers: CLOSE, body: "{}" };
});

afterEach(async () => {
  const drained = await waitFor(() => server.openUsedSockets() === 0);
  await server.close();
  expect(drained, "sockets left open on the server").toBe(true);
});

describe("FetchHttpHandler responses", () => {
  it("returns status, reason, lower-case headers and the body as bytes", async () => {
    server.script({
      status: 400,
      headers: { ...CLOSE, "X-Amzn-RequestId": "req-1", "Content-Type": "application/x-amz-json-1.1" },
      body: '{"__type":"InvalidParameterException"}',
    });
    const { response } = await new FetchHttpHandler().handle(
      requestTo(server, { path: "/p", query: { q: "a b", list: ["1", "2"] }, body: '{"x":1}' }),
    );

    expect(response.statusCode).toBe(400);
    expect(response.reason).toBe("Bad Request");
    expect(response.headers["x-amzn-requestid"]).toBe("req-1");
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(response.body)).toBe('{"__type":"InvalidParameterException"}');

    const [received] = server.requests;
    expect(received!.path).toBe("/p?q=a%20b&list=1&list=2");
    expect(received!.headers["x-amz-target"]).toBe("Test.Op");
    expect(received!.body.toString()).toBe('{"x":1}');
  });

  it("leaves forbidden headers to the runtime instead of sending the request's own", async () => {
    // Node's fetch rejects a wrong content-length or a `connection: upgrade` outright, so these
    // would fail the call if they were passed through.
    const request = requestTo(server, {
      body: '{"x":1}',
      headers: {
        "content-type": "application/x-amz-json-1.1",
        Host: "evil.example",
        "content-length": "999",
        connection: "upgrade",
        "x-amz-target": "Test.Op",
      },
    });
    const { response } = await new FetchHttpHandler().handle(request);
    expect(response.statusCode).toBe(200);
    const [received] = server.requests;
    expect(received!.headers.host).toBe(`127.0.0.1:${server.port}`);
    expect(received!.headers["content-length"]).toBe("7");
    expect(received!.headers["x-amz-target"]).toBe("Test.Op");
  });

  it("does not send a body with GET", async () => {
    await new FetchHttpHandler().handle(requestTo(server, { method: "GET", body: "ignored" }));
    expect(server.requests[0]!.method).toBe("GET");
    expect(server.requests[0]!.body.length).toBe(0);
  });
});

describe("FetchHttpHandler timeouts and abort", () => {
  it("rejects a hanging server with TimeoutError after requestTimeout", async () => {
    server.script({ kind: "hang" });
    const started = performance.now();
    const error = await new FetchHttpHandler({ requestTimeout: 150 }).handle(requestTo(server)).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: "requestTimeout", timeoutMs: 150, $retryable: { throttling: false } });
    expect(elapsed).toBeGreaterThanOrEqual(145);
    expect(elapsed).toBeLessThan(2000); // the server would hang forever
  });

  it("counts reading the body against requestTimeout", async () => {
    server.script({ kind: "slowBody", headers: CLOSE, chunks: Array(20).fill("x"), intervalMs: 100 });
    const error = await new FetchHttpHandler({ requestTimeout: 300 }).handle(requestTo(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("lets a per-call requestTimeout override the handler's", async () => {
    server.script({ status: 200, headers: CLOSE, body: "{}", delayMs: 200 });
    const { response } = await new FetchHttpHandler({ requestTimeout: 50 }).handle(requestTo(server), { requestTimeout: 5000 });
    expect(response.statusCode).toBe(200);
  });

  it("rejects an already aborted signal with AbortError and sends nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const handler = new FetchHttpHandler();
    await expect(handler.handle(requestTo(server, { path: "/aborted" }), { abortSignal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    await handler.handle(requestTo(server, { path: "/after" }));
    expect(server.requests.map((r) => r.path)).toEqual(["/after"]);
    expect(server.connections()).toBe(1);
  });

  it("rejects in-flight calls as soon as the signal fires", async () => {
    server.script({ kind: "hang" });
    const controller = new AbortController();
    const call = track(new FetchHttpHandler().handle(requestTo(server), { abortSignal: controller.signal }));
    expect(await waitFor(() => server.requests.length === 1)).toBe(true);
    controller.abort();
    await nextTurn();
    expect(call.state()).toBe("rejected");
    expect(call.error()).toBeInstanceOf(AbortError);
  });

  it("shares one signal across many calls without leaving listeners behind", async () => {
    const handler = new FetchHttpHandler({ requestTimeout: 100 });
    const controller = new AbortController();
    const abortSignal = controller.signal;
    for (let i = 0; i < 5; i++) await handler.handle(requestTo(server), { abortSignal });
    server.script({ kind: "hang" });
    await expect(handler.handle(requestTo(server), { abortSignal })).rejects.toBeInstanceOf(TimeoutError);
    expect(getEventListeners(abortSignal, "abort")).toHaveLength(0);

    server.script({ kind: "hang" }, { kind: "hang" });
    const calls = [0, 1].map(() => handler.handle(requestTo(server), { abortSignal, requestTimeout: 0 }));
    expect(await waitFor(() => server.requests.length === 8)).toBe(true);
    controller.abort();
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(AbortError);
    expect(getEventListeners(abortSignal, "abort")).toHaveLength(0);
  });
});

describe("FetchHttpHandler network failures", () => {
  it("rejects a refused connection with a retryable NetworkError FetchFailed", async () => {
    const port = await refusedPort();
    const error = await new FetchHttpHandler().handle(requestTo({ url: `http://127.0.0.1:${port}` })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ name: "NetworkError", code: "FetchFailed", $retryable: { throttling: false } });
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
  });

  it("rejects a reset before the response with NetworkError FetchFailed", async () => {
    server.script({ kind: "reset" });
    await expect(new FetchHttpHandler().handle(requestTo(server))).rejects.toMatchObject({ name: "NetworkError", code: "FetchFailed" });
  });

  it("rejects a reset in the middle of the body with NetworkError FetchFailed", async () => {
    server.script({ kind: "resetMidBody", partialBody: "x".repeat(1000), declaredLength: 5000 });
    await expect(new FetchHttpHandler().handle(requestTo(server))).rejects.toMatchObject({ name: "NetworkError", code: "FetchFailed" });
  });
});
