import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";
import type { HeaderBag, HttpHandlerOptions, RequestHandlerMetadata } from "@smithy/types";
import { allowedHeaders } from "./allowedHeaders.js";
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
    const { keepAlive, credentials } = this.config;

    return new Promise((resolve, reject) => {
      let settled = false;
      // One controller stops fetch (and the body read) for both the caller's signal and the timeout.
      const controller = new AbortController();
      const settle = (error: Error | undefined, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stopListening?.();
        if (error) {
          controller.abort();
          reject(error);
        } else {
          resolve({ response: response! });
        }
      };
      const stopListening = signal && onAbort(signal, () => settle(AbortError.fromSignal(signal)));
      const timer = requestTimeout ? setTimeout(() => settle(new TimeoutError("requestTimeout", requestTimeout)), requestTimeout) : undefined;

      const method = request.method.toUpperCase();
      // fetch reads an undefined member as absent: `credentials` unset keeps the browser's default.
      fetch(buildUrl(request), {
        method,
        headers: allowedHeaders(request.headers),
        body: method === "GET" || method === "HEAD" ? undefined : (request.body as BodyInit | null | undefined),
        keepalive: !!keepAlive,
        credentials,
        signal: controller.signal,
      })
        .then(async (res) =>
          settle(
            undefined,
            new HttpResponse({
              statusCode: res.status,
              reason: res.statusText,
              headers: Object.fromEntries(res.headers) as HeaderBag,
              body: new Uint8Array(await res.arrayBuffer()),
            }),
          ),
        )
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
