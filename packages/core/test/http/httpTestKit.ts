import { execFileSync } from "node:child_process";
import { createServer, connect, type Socket } from "node:net";
import { Worker } from "node:worker_threads";
import { HttpRequest } from "@smithy/protocol-http";
import type { ScriptedServer } from "../support/scriptedServer.js";

/** Shared by the handler tests: requests, polling, and the odd sockets the fault cases need. */

export const requestTo = (server: Pick<ScriptedServer, "url">, init: Partial<HttpRequest> = {}): HttpRequest => {
  const url = new URL(server.url);
  return new HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    method: "POST",
    path: "/",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "Test.Op" },
    body: "{}",
    ...init,
  });
};

/** Polls until `predicate` holds (socket closes are seen by the server a little later). */
export const waitFor = async (predicate: () => boolean, timeoutMs = 2000): Promise<boolean> => {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
};

/** Reads a promise's state without awaiting it. */
export const track = <T>(promise: Promise<T>): { state: () => "pending" | "fulfilled" | "rejected"; error: () => unknown } => {
  let state: "pending" | "fulfilled" | "rejected" = "pending";
  let error: unknown;
  promise.then(
    () => (state = "fulfilled"),
    (e: unknown) => {
      state = "rejected";
      error = e;
    },
  );
  return { state: () => state, error: () => error };
};

/** One turn of the event loop: anything settled synchronously by an event has run its callbacks. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A port nothing listens on: listen, note the port, close. */
export const refusedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

/**
 * A port where connecting hangs, without root: a listener on a worker thread whose event loop is
 * blocked never accepts, so once its backlog is full the kernel drops further SYNs.
 */
export const startBlackhole = async (): Promise<{ port: number; close: () => Promise<void> }> => {
  const wake = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     const server = require("node:net").createServer().listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       Atomics.wait(workerData, 0, 0);
     });`,
    { eval: true, workerData: wake },
  );
  const port = await new Promise<number>((resolve) => worker.once("message", resolve));
  const fillers: Socket[] = [];
  for (let i = 0; i < 3; i++) fillers.push(connect(port, "127.0.0.1").on("error", () => {}));
  await waitFor(() => fillers.filter((s) => !s.connecting).length >= 2, 1000);
  return {
    port,
    close: async () => {
      for (const socket of fillers) socket.destroy();
      Atomics.store(wake, 0, 1);
      Atomics.notify(wake, 0);
      await worker.terminate();
    },
  };
};

/** A throw-away self-signed certificate for 127.0.0.1, or undefined when openssl is missing. */
export const selfSignedCert = (): { key: string; cert: string } | undefined => {
  try {
    const pem = execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", "-", "-out", "-"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0];
    const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
    return key && cert ? { key, cert } : undefined;
  } catch {
    return undefined;
  }
};
