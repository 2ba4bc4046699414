import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";
import type { HeaderBag, HttpHandlerOptions, RequestHandlerMetadata } from "@smithy/types";
import { buildPathWithQuery } from "./buildPathWithQuery.js";
import { AbortError, NetworkError, TimeoutError } from "./transportErrors.js";
import { onAbort } from "../utils/onAbort.js";

export interface FetchHttpHandlerOptions {
  /** Milliseconds allowed for one attempt, from send until the whole body is read. Unset or 0: no limit. */
  requestTimeout?: number;
  /** fetch's `keepalive` (lets a request outlive the page, but caps its body at 64 KB). Default false. */
  keepAlive?: boolean;
  /** fetch's `credentials`; unset leaves the browser default ("same-origin"). */
  credentials?: RequestCredentials;
}

/**
 * HTTP over the global `fetch`, for browsers (Node 20's fetch works too). Implements Smithy's
 * `HttpHandler`; the response body is returned whole, as a Uint8Array.
 */
export class FetchHttpHandler implements HttpHandler<FetchHttpHandlerOptions> {
  readonly metadata: RequestHandlerMetadata = { handlerProtocol: "http/1.1" };
  private config: FetchHttpHandlerOptions;

  static create(instanceOrOptions?: HttpHandler<any> | FetchHttpHandlerOptions): HttpHandler<any> {
    if (typeof (instanceOrOptions as HttpHandler<any> | undefined)?.handle === "function") {
      return instanceOrOptions as HttpHandler<any>;
    }
    return new FetchHttpHandler(instanceOrOptions as FetchHttpHandlerOptions | undefined);
  }

  constructor(options: FetchHttpHandlerOptions = {}) {
    this.config = { ...options };
  }

  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    const signal = options?.abortSignal as AbortSignal | undefined;
    if (signal?.aborted) return Promise.reject(AbortError.fromSignal(signal));
    const requestTimeout = options?.requestTimeout ?? this.config.requestTimeout;

    return new Promise((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // One controller stops fetch (and the body read) for both the caller's signal and the timeout.
      const controller = signal !== undefined || requestTimeout ? new AbortController() : undefined;

      const settle = (error: Error | undefined, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        stopListening?.();
        if (error === undefined) {
          resolve({ response: response! });
        } else {
          controller?.abort();
          reject(error);
        }
      };
      const stopListening = signal === undefined ? undefined : onAbort(signal, () => settle(AbortError.fromSignal(signal)));
      if (requestTimeout) {
        timer = setTimeout(() => settle(new TimeoutError("requestTimeout", requestTimeout)), requestTimeout);
      }

      const method = request.method.toUpperCase();
      const init: RequestInit = {
        method,
        headers: allowedHeaders(request.headers),
        body: method === "GET" || method === "HEAD" ? undefined : (request.body as BodyInit | null | undefined),
        keepalive: this.config.keepAlive ?? false,
        signal: controller?.signal ?? null,
      };
      if (this.config.credentials !== undefined) init.credentials = this.config.credentials;

      fetch(buildUrl(request), init)
        .then(async (res) => {
          const headers: HeaderBag = {};
          res.headers.forEach((value, name) => {
            headers[name] = value;
          });
          const body = new Uint8Array(await res.arrayBuffer());
          settle(undefined, new HttpResponse({ statusCode: res.status, reason: res.statusText, headers, body }));
        })
        .catch((error: unknown) => {
          // fetch reports every network, CORS and mid-body failure as a bare TypeError (Node's
          // puts the socket error, with its code, in `cause`).
          const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
          const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
          settle(new NetworkError(`fetch failed (${detail})`, "FetchFailed", { cause: error }));
        });
    });
  }

  destroy(): void {
    // fetch owns its connection pool: nothing to free here.
  }

  updateHttpClientConfig(key: keyof FetchHttpHandlerOptions, value: FetchHttpHandlerOptions[typeof key]): void {
    (this.config as Record<string, unknown>)[key] = value;
  }

  httpHandlerConfigs(): FetchHttpHandlerOptions {
    return this.config;
  }
}

const buildUrl = (request: HttpRequest): string => {
  const port = request.port ? `:${request.port}` : "";
  const protocol = request.protocol.endsWith(":") ? request.protocol : `${request.protocol}:`;
  return `${protocol}//${request.hostname}${port}${buildPathWithQuery(request.path, request.query)}`;
};

/** Drops what browsers refuse to let scripts set: https://fetch.spec.whatwg.org/#forbidden-request-header */
const allowedHeaders = (headers: HeaderBag): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const name in headers) {
    if (!FORBIDDEN_HEADER.test(name)) out[name] = headers[name]!;
  }
  return out;
};

const FORBIDDEN_HEADER =
  /^(?:accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie2?|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;
