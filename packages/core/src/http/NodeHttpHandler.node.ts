import type { Agent as HttpAgent, AgentOptions as HttpAgentOptions, ClientRequest, IncomingMessage, RequestOptions } from "node:http";
import type { Agent as HttpsAgent, AgentOptions as HttpsAgentOptions } from "node:https";
import type { Socket } from "node:net";
import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, RequestHandlerMetadata } from "@smithy/types";
import { onAbort } from "../utils/onAbort.js";
import { buildPathWithQuery } from "./buildPathWithQuery.js";
import { AbortError, NetworkError, TimeoutError } from "./transportErrors.js";

export interface NodeHttpHandlerOptions {
  /** Milliseconds allowed to open a connection (TCP, and the TLS handshake for https). Unset or 0: no limit. */
  connectionTimeout?: number;
  /** Milliseconds allowed for one attempt, from send until the last body byte is read. Unset or 0: no limit. */
  requestTimeout?: number;
  /** An agent to use as is (never destroyed by this handler), or options for the handler's own agent. */
  httpAgent?: HttpAgent | HttpAgentOptions;
  httpsAgent?: HttpsAgent | HttpsAgentOptions;
  /** Sockets per origin of the handler's own agents (default 50). */
  maxSockets?: number;
}

type RequestFn = (options: RequestOptions, callback: (res: IncomingMessage) => void) => ClientRequest;
/** A loaded `node:http`/`node:https` with the agent requests go through. */
interface Transport {
  request: RequestFn;
  agent: HttpAgent;
  owned: boolean;
  secure: boolean;
}

const DEFAULT_MAX_SOCKETS = 50;

/**
 * HTTP/1.1 over `node:http`/`node:https` with keep-alive agents. Implements Smithy's `HttpHandler`,
 * so it can replace `@smithy/node-http-handler` (and be replaced by it). Bodies are buffered:
 * `requestTimeout` therefore covers the whole attempt, body included.
 */
export class NodeHttpHandler implements HttpHandler<NodeHttpHandlerOptions> {
  readonly metadata: RequestHandlerMetadata = { handlerProtocol: "http/1.1" };
  private config: NodeHttpHandlerOptions;
  // node:http and node:https are loaded on first use (see load).
  private plain?: Transport;
  private secure?: Transport;

  static create(instanceOrOptions?: HttpHandler<any> | NodeHttpHandlerOptions): HttpHandler<any> {
    if (typeof (instanceOrOptions as HttpHandler<any> | undefined)?.handle === "function") {
      return instanceOrOptions as HttpHandler<any>;
    }
    return new NodeHttpHandler(instanceOrOptions as NodeHttpHandlerOptions | undefined);
  }

  constructor(options: NodeHttpHandlerOptions = {}) {
    this.config = { ...options };
  }

  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    const secure = request.protocol === "https:" || request.protocol === "https";
    let transport: Transport;
    try {
      transport = (secure ? this.secure : this.plain) ?? this.load(secure);
    } catch (error) {
      return Promise.reject(error); // agent options node refuses
    }
    const signal = options?.abortSignal as AbortSignal | undefined;
    if (signal?.aborted) return Promise.reject(AbortError.fromSignal(signal));
    const requestTimeout = options?.requestTimeout ?? this.config.requestTimeout;
    // Not in @smithy/types HttpHandlerOptions, but lithe passes it per call (CallOptions.connectionTimeout).
    const connectionTimeout = (options as { connectionTimeout?: number } | undefined)?.connectionTimeout ?? this.config.connectionTimeout;

    return new Promise((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let connectTimer: ReturnType<typeof setTimeout> | undefined;
      let res: IncomingMessage | undefined;
      let stopListening: (() => void) | undefined;

      const settle = (error: Error | undefined, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        if (connectTimer !== undefined) clearTimeout(connectTimer);
        stopListening?.();
        if (error === undefined) {
          resolve({ response: response! });
        } else {
          // Frees the socket instead of returning a half-read connection to the pool.
          req.destroy();
          reject(error);
        }
      };

      const req = transport.request(
        {
          agent: transport.agent,
          method: request.method,
          host: unbracket(request.hostname),
          port: request.port,
          path: buildPathWithQuery(request.path, request.query),
          headers: request.headers,
          auth: request.username != null || request.password != null ? `${request.username ?? ""}:${request.password ?? ""}` : undefined,
        },
        (response) => {
          res = response;
          const chunks: Buffer[] = [];
          let length = 0;
          response.on("data", (chunk: Buffer) => {
            chunks.push(chunk);
            length += chunk.length;
          });
          response.on("end", () => {
            const headers = response.headers;
            // Node keeps set-cookie as an array; a HeaderBag joins repeated values with ", ".
            const cookies = headers["set-cookie"];
            if (cookies !== undefined) (headers as Record<string, string>)["set-cookie"] = cookies.join(", ");
            const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
            settle(
              undefined,
              new HttpResponse({ statusCode: response.statusCode ?? -1, reason: response.statusMessage, headers: headers as Record<string, string>, body }),
            );
          });
          response.on("error", onError);
        },
      );
      const onError = (error: Error): void => settle(NetworkError.fromNodeError(error));
      req.on("error", onError);
      // Last resort so no promise stays pending: a socket that closes without an error event
      // before the response is complete (a complete one still gets its "end").
      req.on("close", () => {
        if (!settled && (res === undefined || !res.complete)) {
          settle(new NetworkError("socket closed before the response was complete", "ECONNRESET"));
        }
      });

      const abort = (): void => settle(AbortError.fromSignal(signal));
      if (signal !== undefined) stopListening = onAbort(signal, abort);
      if (requestTimeout) {
        timer = setTimeout(() => settle(new TimeoutError("requestTimeout", requestTimeout)), requestTimeout);
      }
      if (connectionTimeout) {
        req.on("socket", (socket: Socket) => {
          // A pooled keep-alive socket is already connected: nothing to time.
          if (!socket.connecting || settled) return;
          connectTimer = setTimeout(() => settle(new TimeoutError("connectionTimeout", connectionTimeout)), connectionTimeout);
          socket.once(transport.secure ? "secureConnect" : "connect", () => {
            clearTimeout(connectTimer);
            connectTimer = undefined;
          });
        });
      }
      try {
        writeBody(req, request.body);
      } catch (error) {
        settle(error as Error); // a body type node cannot write: the caller's bug, not the network's
      }
    });
  }

  destroy(): void {
    for (const transport of [this.plain, this.secure]) {
      if (transport?.owned) transport.agent.destroy();
    }
    this.plain = this.secure = undefined;
  }

  updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
    (this.config as Record<string, unknown>)[key] = value;
    // Agents are built from these: rebuild them (on next use) rather than keep stale limits.
    if (key === "httpAgent" || key === "httpsAgent" || key === "maxSockets") this.destroy();
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.config;
  }

  /**
   * node:http or node:https and the handler's agent, on first use: loading them costs ~2.5 ms of
   * start-up. `process.getBuiltinModule` (Node ≥ 20.16) loads them synchronously, without the ESM
   * loader's work for a dynamic `import()` (~0.4 ms less in a fresh process) and without an extra
   * promise turn on the first call.
   */
  private load(secure: boolean): Transport {
    const mod = process.getBuiltinModule(secure ? "node:https" : "node:http");
    const given = secure ? this.config.httpsAgent : this.config.httpAgent;
    const external = typeof (given as HttpAgent | undefined)?.destroy === "function";
    const agent = external
      ? (given as HttpAgent)
      : new mod.Agent({ keepAlive: true, maxSockets: this.config.maxSockets ?? DEFAULT_MAX_SOCKETS, ...(given as HttpAgentOptions) });
    const transport: Transport = { request: mod.request as RequestFn, agent, owned: !external, secure };
    if (secure) this.secure = transport;
    else this.plain = transport;
    return transport;
  }
}

const writeBody = (req: ClientRequest, body: unknown): void => {
  if (body === undefined || body === null) {
    req.end();
  } else if (typeof body === "string" || body instanceof Uint8Array) {
    req.end(body);
  } else if (ArrayBuffer.isView(body)) {
    req.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  } else if (body instanceof ArrayBuffer) {
    req.end(Buffer.from(body));
  } else if (typeof (body as NodeJS.ReadableStream).pipe === "function") {
    const stream = body as NodeJS.ReadableStream;
    stream.on("error", (error: Error) => req.destroy(error));
    stream.pipe(req);
  } else {
    void writeIterable(req, body as AsyncIterable<Uint8Array | string>);
  }
};

/** Web ReadableStreams (async-iterable in Node 20) and other async iterables of chunks. */
const writeIterable = async (req: ClientRequest, body: AsyncIterable<Uint8Array | string>): Promise<void> => {
  try {
    for await (const chunk of body) {
      if (req.destroyed) return;
      if (!req.write(chunk)) await new Promise((resolve) => req.once("drain", resolve));
    }
    req.end();
  } catch (error) {
    req.destroy(error as Error);
  }
};

/** `[::1]` in a URL is `::1` to `net.connect`. */
const unbracket = (hostname: string): string =>
  hostname.charCodeAt(0) === 91 /* [ */ && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
