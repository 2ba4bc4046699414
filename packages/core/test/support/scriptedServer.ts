import { createServer, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { Socket } from "node:net";

/**
 * A loopback HTTP server that answers each request with the next scripted step: the faults
 * cognito-local cannot produce (5xx, throttling, resets, slow or truncated bodies, hangs).
 */

/** How one request is answered. A plain object is a normal response. */
export type Step =
  | Respond
  // Headers at once, then one chunk every intervalMs.
  | { kind: "slowBody"; status?: number; headers?: OutgoingHttpHeaders; chunks: Array<string | Uint8Array>; intervalMs: number; delayMs?: number }
  // Never answers; the socket stays open until the client gives up or close().
  | { kind: "hang" }
  // RST instead of a response.
  | { kind: "reset"; delayMs?: number }
  // Headers promising declaredLength bytes, part of the body, then RST.
  | { kind: "resetMidBody"; status?: number; headers?: OutgoingHttpHeaders; partialBody: string | Uint8Array; declaredLength: number }
  // Raw bytes on the socket (e.g. half a status line), then FIN ("end") or RST ("reset").
  | { kind: "raw"; data: string | Uint8Array; then: "end" | "reset" }
  // Decided from the request, e.g. to answer by X-Amz-Target.
  | ((request: RecordedRequest) => Step);

export interface Respond {
  kind?: "respond";
  status?: number;
  headers?: OutgoingHttpHeaders;
  body?: string | Uint8Array;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** performance.now() when the whole request body had arrived. */
  receivedAt: number;
}

export interface ScriptedServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Answers requests with no scripted step left. */
  fallback: Step;
  script(...steps: Step[]): void;
  openSockets(): number;
  /** Open sockets that carried at least one request (a client pool may pre-open idle ones). */
  openUsedSockets(): number;
  /** Connections accepted since start. */
  connections(): number;
  /** Most sockets open at the same time since start. */
  peakOpenSockets(): number;
  close(): Promise<void>;
}

const DEFAULT_STEP: Respond = { status: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: "{}" };

export interface ScriptedServerOptions {
  /** Serve https with this certificate (PEM) instead of plain http. */
  tls?: { key: string; cert: string };
}

export const startScriptedServer = async (steps: Step[] = [], options: ScriptedServerOptions = {}): Promise<ScriptedServer> => {
  const queue = [...steps];
  const sockets = new Set<Socket>();
  // By client port: for https, requests arrive on the TLS socket wrapping the tracked TCP one.
  const usedPorts = new Set<number | undefined>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let connections = 0;
  let peak = 0;
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const answer = async (req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<void> => {
    let step = queue.shift() ?? scripted.fallback;
    while (typeof step === "function") step = step(recorded);
    const socket = req.socket;
    switch (step.kind) {
      case undefined:
      case "respond":
        if (step.delayMs) await sleep(step.delayMs);
        res.writeHead(step.status ?? 200, step.headers).end(step.body);
        return;
      case "slowBody":
        if (step.delayMs) await sleep(step.delayMs);
        res.writeHead(step.status ?? 200, step.headers).flushHeaders();
        for (const chunk of step.chunks) {
          await sleep(step.intervalMs);
          if (res.destroyed) return;
          res.write(chunk);
        }
        res.end();
        return;
      case "hang":
        return; // until the client gives up or close() destroys the socket
      case "reset":
        if (step.delayMs) await sleep(step.delayMs);
        reset(socket);
        return;
      case "resetMidBody":
        res.writeHead(step.status ?? 200, { ...step.headers, "content-length": step.declaredLength });
        res.write(step.partialBody);
        // Let the headers and partial body reach the client before the RST discards anything unsent.
        await sleep(20);
        reset(socket);
        return;
      case "raw":
        socket.write(step.data);
        if (step.then === "reset") {
          await sleep(20);
          reset(socket);
        } else {
          socket.end();
        }
        return;
    }
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    usedPorts.add(req.socket.remotePort);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
        receivedAt: performance.now(),
      };
      scripted.requests.push(recorded);
      answer(req, res, recorded).catch((error: unknown) => {
        if (!closed) console.error("scriptedServer step failed", error);
        req.socket.destroy();
      });
    });
  };
  const server = options.tls ? createTlsServer(options.tls, onRequest) : createServer(onRequest);
  // "connection" is the TCP socket for https too, so counts mean the same for both.
  server.on("connection", (socket: Socket) => {
    connections++;
    sockets.add(socket);
    peak = Math.max(peak, sockets.size);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };

  const scripted: ScriptedServer = {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    port,
    requests: [],
    fallback: DEFAULT_STEP,
    script: (...more) => void queue.push(...more),
    openSockets: () => sockets.size,
    openUsedSockets: () => [...sockets].filter((socket) => usedPorts.has(socket.remotePort)).length,
    connections: () => connections,
    peakOpenSockets: () => peak,
    close: () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return scripted;
};

/** An RST rather than a FIN, so the client sees ECONNRESET (Node >= 18.3). */
const reset = (socket: Socket): void => {
  if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket.destroy();
};
