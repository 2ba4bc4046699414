import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NodeHttpHandler, type NodeHttpHandlerOptions } from "../../src/http/NodeHttpHandler.js";
import { AbortError, NetworkError, TimeoutError } from "../../src/http/transportErrors.js";
import { startScriptedServer, type ScriptedServer } from "../support/scriptedServer.js";
import { nextTurn, refusedPort, requestTo, selfSignedCert, startBlackhole, track, waitFor } from "./httpTestKit.js";

let server: ScriptedServer;
let handlers: NodeHttpHandler[];

const makeHandler = (options?: NodeHttpHandlerOptions): NodeHttpHandler => {
  const handler = new NodeHttpHandler(options);
  handlers.push(handler);
  return handler;
};

beforeEach(async () => {
  server = await startScriptedServer();
  handlers = [];
});

afterEach(async () => {
  for (const handler of handlers) handler.destroy();
  // Every socket a test opened must be closed by the handler, not by the server shutting down.
  const drained = await waitFor(() => server.openSockets() === 0);
  await server.close();
  expect(drained, "sockets left open on the server").toBe(true);
});

describe("NodeHttpHandler responses", () => {
  it("returns status, reason, lower-case headers and the body as bytes", async () => {
    server.script({
      status: 400,
      headers: { "X-Amzn-RequestId": "req-1", "Content-Type": "application/x-amz-json-1.1", "Set-Cookie": ["a=1", "b=2"] },
      body: '{"__type":"InvalidParameterException"}',
    });
    const { response } = await makeHandler().handle(
      requestTo(server, { path: "/p", query: { q: "a b", list: ["1", "2"], flag: null }, body: '{"x":1}' }),
    );

    expect(response.statusCode).toBe(400);
    expect(response.reason).toBe("Bad Request");
    expect(response.headers["x-amzn-requestid"]).toBe("req-1");
    expect(response.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(response.headers["set-cookie"]).toBe("a=1, b=2");
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(response.body)).toBe('{"__type":"InvalidParameterException"}');

    const [received] = server.requests;
    expect(received!.method).toBe("POST");
    expect(received!.path).toBe("/p?q=a%20b&list=1&list=2&flag");
    expect(received!.headers["x-amz-target"]).toBe("Test.Op");
    expect(received!.headers["content-length"]).toBe("7");
    expect(received!.body.toString()).toBe('{"x":1}');
  });

  it("reads a 10 MB body whole", async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 7);
    big[big.length - 1] = 9;
    server.script({ status: 200, body: big });
    const { response } = await makeHandler().handle(requestTo(server));
    expect(response.body.length).toBe(big.length);
    expect(Buffer.compare(Buffer.from(response.body), big)).toBe(0);
  });

  it("sends Uint8Array, ArrayBuffer and streamed bodies byte for byte", async () => {
    const handler = makeHandler();
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await handler.handle(requestTo(server, { body: bytes }));
    await handler.handle(requestTo(server, { body: bytes.buffer }));
    await handler.handle(requestTo(server, { body: new Blob([bytes]).stream() }));
    expect(server.requests.map((r) => [...r.body])).toEqual([[...bytes], [...bytes], [...bytes]]);
  });
});

describe("NodeHttpHandler connection pooling", () => {
  it("reuses one keep-alive connection for sequential calls", async () => {
    const handler = makeHandler();
    for (let i = 0; i < 5; i++) await handler.handle(requestTo(server));
    expect(server.requests).toHaveLength(5);
    expect(server.connections()).toBe(1);
  });

  it("never opens more than maxSockets connections to one origin", async () => {
    server.fallback = { status: 200, body: "{}", delayMs: 30 };
    const handler = makeHandler({ maxSockets: 2 });
    const results = await Promise.all(Array.from({ length: 8 }, () => handler.handle(requestTo(server))));
    expect(results.every((r) => r.response.statusCode === 200)).toBe(true);
    expect(server.peakOpenSockets()).toBe(2);
    expect(server.connections()).toBe(2);
  });

  it("caps its own agent at 50 sockets by default", async () => {
    server.fallback = { status: 200, body: "{}", delayMs: 100 };
    const handler = makeHandler();
    await Promise.all(Array.from({ length: 60 }, () => handler.handle(requestTo(server))));
    expect(server.peakOpenSockets()).toBe(50);
  });

  it("destroy() closes pooled sockets and the handler still works afterwards", async () => {
    const handler = makeHandler();
    await handler.handle(requestTo(server));
    expect(server.openSockets()).toBe(1);
    handler.destroy();
    expect(await waitFor(() => server.openSockets() === 0)).toBe(true);
    const { response } = await handler.handle(requestTo(server));
    expect(response.statusCode).toBe(200);
  });
});

describe("NodeHttpHandler timeouts", () => {
  it("rejects a hanging server with TimeoutError after requestTimeout and frees the socket", async () => {
    server.script({ kind: "hang" });
    const started = performance.now();
    const error = await makeHandler({ requestTimeout: 150 }).handle(requestTo(server)).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: "TimeoutError", timeout: "requestTimeout", timeoutMs: 150, $retryable: { throttling: false } });
    expect(elapsed).toBeGreaterThanOrEqual(145);
    expect(elapsed).toBeLessThan(2000); // the server would hang forever
    expect(await waitFor(() => server.openSockets() === 0)).toBe(true);
  });

  it("counts reading the body against requestTimeout", async () => {
    // Headers arrive at once; the body would take 2 s.
    server.script({ kind: "slowBody", chunks: Array(20).fill("x"), intervalMs: 100 });
    const error = await makeHandler({ requestTimeout: 300 }).handle(requestTo(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("lets a per-call requestTimeout override the handler's", async () => {
    const handler = makeHandler({ requestTimeout: 50 });
    server.script({ status: 200, body: "{}", delayMs: 200 });
    const { response } = await handler.handle(requestTo(server), { requestTimeout: 5000 });
    expect(response.statusCode).toBe(200);

    server.script({ kind: "hang" });
    const error = await makeHandler().handle(requestTo(server), { requestTimeout: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 100 });
  });

  it("rejects with TimeoutError after connectionTimeout when connecting hangs", async () => {
    const blackhole = await startBlackhole();
    try {
      const handler = makeHandler({ connectionTimeout: 150 });
      const started = performance.now();
      const error = await handler
        .handle(requestTo({ url: `http://127.0.0.1:${blackhole.port}` }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ timeout: "connectionTimeout", timeoutMs: 150 });
      expect(performance.now() - started).toBeLessThan(2000); // connect() alone would hang for minutes
    } finally {
      await blackhole.close();
    }
  });

  it("does not apply connectionTimeout to a slow response on a connected socket", async () => {
    server.script({ status: 200, body: "{}", delayMs: 300 });
    const { response } = await makeHandler({ connectionTimeout: 100 }).handle(requestTo(server));
    expect(response.statusCode).toBe(200);
  });
});

describe("NodeHttpHandler abort", () => {
  it("rejects an already aborted signal with AbortError and sends nothing", async () => {
    const handler = makeHandler();
    const controller = new AbortController();
    controller.abort("user left");
    const error = await handler.handle(requestTo(server, { path: "/aborted" }), { abortSignal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("user left");
    expect((error as { $retryable?: unknown }).$retryable).toBeUndefined();

    await handler.handle(requestTo(server, { path: "/after" }));
    expect(server.requests.map((r) => r.path)).toEqual(["/after"]);
    expect(server.connections()).toBe(1);
  });

  it("rejects in-flight calls as soon as the signal fires and frees the socket", async () => {
    server.script({ kind: "hang" });
    const controller = new AbortController();
    const call = track(makeHandler().handle(requestTo(server), { abortSignal: controller.signal }));
    expect(await waitFor(() => server.requests.length === 1)).toBe(true);
    expect(call.state()).toBe("pending");

    controller.abort();
    await nextTurn();
    expect(call.state()).toBe("rejected");
    expect(call.error()).toBeInstanceOf(AbortError);
    expect(await waitFor(() => server.openSockets() === 0)).toBe(true);
  });

  it("aborts while the body is still arriving", async () => {
    server.script({ kind: "slowBody", chunks: Array(20).fill("x"), intervalMs: 50 });
    const controller = new AbortController();
    const call = makeHandler().handle(requestTo(server), { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(call).rejects.toBeInstanceOf(AbortError);
  });

  it("shares one signal across many calls without leaving listeners behind", async () => {
    const handler = makeHandler({ requestTimeout: 100 });
    const controller = new AbortController();
    const abortSignal = controller.signal;
    for (let i = 0; i < 10; i++) await handler.handle(requestTo(server), { abortSignal });
    await Promise.all(Array.from({ length: 10 }, () => handler.handle(requestTo(server), { abortSignal })));
    server.script({ kind: "hang" });
    await expect(handler.handle(requestTo(server), { abortSignal })).rejects.toBeInstanceOf(TimeoutError);
    server.script({ kind: "reset" });
    await expect(handler.handle(requestTo(server), { abortSignal })).rejects.toBeInstanceOf(NetworkError);
    expect(getEventListeners(abortSignal, "abort")).toHaveLength(0);

    server.script({ kind: "hang" }, { kind: "hang" }, { kind: "hang" });
    const calls = Array.from({ length: 3 }, () => handler.handle(requestTo(server), { abortSignal, requestTimeout: 0 }));
    expect(await waitFor(() => server.requests.length === 25)).toBe(true);
    controller.abort();
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(AbortError);
    expect(getEventListeners(abortSignal, "abort")).toHaveLength(0);
  });
});

describe("NodeHttpHandler with Smithy's deprecated { aborted, onabort } signal", () => {
  it("aborts through onabort and clears it when the call settles", async () => {
    const handler = makeHandler();
    const signal: { aborted: boolean; onabort: (() => void) | null } = { aborted: false, onabort: null };
    await handler.handle(requestTo(server), { abortSignal: signal });
    expect(signal.onabort).toBeNull();

    server.script({ kind: "hang" });
    const call = handler.handle(requestTo(server), { abortSignal: signal });
    expect(await waitFor(() => server.requests.length === 2)).toBe(true);
    signal.aborted = true;
    signal.onabort!();
    await expect(call).rejects.toBeInstanceOf(AbortError);
  });
});

describe("NodeHttpHandler network failures", () => {
  it("rejects a reset before the response with NetworkError ECONNRESET", async () => {
    server.script({ kind: "reset" });
    const error = await makeHandler().handle(requestTo(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ name: "NetworkError", code: "ECONNRESET", $retryable: { throttling: false } });
    expect((error as NetworkError).cause).toBeInstanceOf(Error);
  });

  it("rejects a reset in the middle of the body with NetworkError ECONNRESET", async () => {
    server.script({ kind: "resetMidBody", partialBody: "x".repeat(1000), declaredLength: 5000 });
    const error = await makeHandler().handle(requestTo(server)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "NetworkError", code: "ECONNRESET" });
  });

  it("rejects a refused connection with NetworkError ECONNREFUSED", async () => {
    const port = await refusedPort();
    const error = await makeHandler().handle(requestTo({ url: `http://127.0.0.1:${port}` })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
  });

  it("rejects partial headers followed by a close with NetworkError", async () => {
    server.script({ kind: "raw", data: "HTTP/1.1 200 OK\r\nContent-Ty", then: "end" });
    await expect(makeHandler().handle(requestTo(server))).rejects.toBeInstanceOf(NetworkError);
    server.script({ kind: "raw", data: "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", then: "end" });
    await expect(makeHandler().handle(requestTo(server))).rejects.toBeInstanceOf(NetworkError);
  });

  it("rejects a malformed status line with NetworkError", async () => {
    server.script({ kind: "raw", data: "NOT HTTP AT ALL\r\n\r\n", then: "end" });
    await expect(makeHandler().handle(requestTo(server))).rejects.toBeInstanceOf(NetworkError);
  });
});

const cert = selfSignedCert();

// Skipped only on a developer machine without openssl; in CI (which has it) a missing cert fails.
describe.skipIf(cert === undefined && !process.env.CI)("NodeHttpHandler over https", () => {
  it("loads node:https on demand and talks TLS with the agent options given", async () => {
    const tlsServer = await startScriptedServer([{ status: 200, body: '{"ok":true}' }], { tls: cert! });
    try {
      const handler = makeHandler({ httpsAgent: { ca: cert!.cert }, connectionTimeout: 1000 });
      const { response } = await handler.handle(requestTo(tlsServer));
      expect(new TextDecoder().decode(response.body)).toBe('{"ok":true}');
      await handler.handle(requestTo(tlsServer));
      expect(tlsServer.connections()).toBe(1);
      handler.destroy();
      expect(await waitFor(() => tlsServer.openSockets() === 0)).toBe(true);
    } finally {
      await tlsServer.close();
    }
  });
});
