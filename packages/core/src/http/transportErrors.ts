import type { RetryableTrait } from "@smithy/types";

/**
 * Errors a request handler raises when no HTTP response could be read. The retry middleware
 * tells them apart by `name` and `$retryable`: timeouts and network failures are retried, an abort
 * never is (the caller asked to stop). Messages never carry request headers or bodies.
 */

export type TimeoutKind = "requestTimeout" | "connectionTimeout";

/** An attempt ran past `requestTimeout` (send to last body byte) or `connectionTimeout` (connect). */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly $retryable: RetryableTrait = { throttling: false };

  constructor(
    readonly timeout: TimeoutKind,
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(`${timeout} of ${timeoutMs} ms exceeded`, options);
  }
}

/** The caller's `abortSignal` fired; `cause` is the signal's `reason` when it has one. */
export class AbortError extends Error {
  override readonly name = "AbortError";

  constructor(message = "The request was aborted", options?: { cause?: unknown }) {
    super(message, options);
  }

  /** Builds the error for an aborted signal, keeping its `reason` as the cause. */
  static fromSignal(signal: unknown): AbortError {
    const reason = (signal as { reason?: unknown } | undefined)?.reason;
    const detail = typeof reason === "string" ? reason : reason instanceof Error && reason.name !== "AbortError" && reason.message;
    return new AbortError(detail ? `The request was aborted: ${detail}` : undefined, reason === undefined ? undefined : { cause: reason });
  }
}

/**
 * The connection failed or broke before a whole response was read. `code` is Node's error code
 * (ECONNRESET, ECONNREFUSED, EPIPE, ETIMEDOUT, ...) or "FetchFailed" when fetch gives no code.
 */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  readonly $retryable: RetryableTrait = { throttling: false };

  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Wraps a Node socket/parser error, keeping its code and message (which name no secrets). */
  static fromNodeError(error: unknown): NetworkError {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    return new NetworkError(typeof message === "string" && message ? message : "connection failed", typeof code === "string" ? code : "ENETWORK", {
      cause: error,
    });
  }
}
