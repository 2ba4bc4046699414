import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, FinalizeRequestHandlerOptions, FinalizeRequestMiddleware, Pluggable, RetryStrategyV2, RetryToken } from "@smithy/types";
import { getCallOptions } from "../client/callOptions.js";
import type { ResolvedClientConfig } from "../client/types.js";
import { AbortError } from "../http/transportErrors.js";
import { abortableSleep } from "../retry/abortableSleep.js";
import { AdaptiveRetryStrategy } from "../retry/AdaptiveRetryStrategy.js";
import { classifyError } from "../retry/classifyError.js";
import { StandardRetryStrategy } from "../retry/StandardRetryStrategy.js";
import { untilAborted } from "../retry/untilAborted.js";

/**
 * Runs the rest of the stack once per attempt. Each attempt gets a fresh copy of the request with
 * `amz-sdk-request: attempt=N; max=M`, so everything below (signing included) runs again.
 * `$metadata.attempts` and `totalRetryDelay` are set on the output and on every error, aborts included.
 *
 * The call's abortSignal is raced against every wait (rate limiter, the attempt itself, backoff), so
 * an abort settles the call at once even with a strategy, middleware or HTTP handler that ignores it.
 * lithe's own strategies also get the signal as an extra argument, so their waits stop too.
 */
export const retryMiddleware =
  (strategy: RetryStrategyV2, maxAttempts: number): FinalizeRequestMiddleware<any, any> =>
  (next, context) => {
    const scope = (context.service as { targetPrefix?: string } | undefined)?.targetPrefix ?? "";
    const acquire = strategy.acquireInitialRetryToken as (scope: string, signal?: AbortSignal) => ReturnType<RetryStrategyV2["acquireInitialRetryToken"]>;
    const refresh = strategy.refreshRetryTokenForRetry as (
      ...args: [...Parameters<RetryStrategyV2["refreshRetryTokenForRetry"]>, AbortSignal?]
    ) => ReturnType<RetryStrategyV2["refreshRetryTokenForRetry"]>;

    // One attempt: a fresh copy of the request, then the rest of the stack. Written with `.then`
    // rather than async/await: this is every call's path, and each await is another promise layer.
    const attempt = (args: any, token: RetryToken, attempts: number, totalRetryDelay: number, signal?: AbortSignal): Promise<any> => {
      let request = args.request as HttpRequest;
      if (HttpRequest.isInstance(request)) {
        request = HttpRequest.clone(request);
        request.headers["amz-sdk-request"] = `attempt=${attempts}; max=${maxAttempts}`;
      }
      // Object.assign copies the callOptions symbol too, and is much cheaper than a spread here.
      const attemptArgs = Object.assign({}, args);
      attemptArgs.request = request;
      let pending: Promise<any>;
      try {
        pending = next(attemptArgs);
      } catch (thrown) {
        pending = Promise.reject(thrown);
      }
      return untilAborted(pending, signal).then(
        (result) => {
          strategy.recordSuccess(token);
          const output = result.output as { $metadata?: Record<string, unknown> } | undefined;
          if (output) {
            const metadata = (output.$metadata ??= {});
            metadata.attempts = attempts;
            metadata.totalRetryDelay = totalRetryDelay;
          }
          return result;
        },
        (error: unknown) => retryOrFail(args, token, attempts, totalRetryDelay, signal, error),
      );
    };

    const retryOrFail = async (
      args: any,
      token: RetryToken,
      attempts: number,
      totalRetryDelay: number,
      signal: AbortSignal | undefined,
      error: unknown,
    ): Promise<any> => {
      if (signal?.aborted) throw decorate(error instanceof AbortError ? error : AbortError.fromSignal(signal), attempts, totalRetryDelay);
      const errorType = classifyError(error);
      if (!errorType) throw decorate(error, attempts, totalRetryDelay);
      let next: RetryToken;
      try {
        next = await untilAborted(
          refresh.call(strategy, token, { errorType, error: error as any, retryAfterHint: retryAfter((error as any)?.$response?.headers) }, signal),
          signal,
        );
      } catch (refused) {
        // Out of attempts or retry quota: the caller gets the service's error, not the strategy's.
        throw decorate(refused instanceof AbortError ? refused : error, attempts, totalRetryDelay);
      }
      const delay = next.getRetryDelay();
      try {
        await abortableSleep(delay, signal);
      } catch (aborted) {
        throw decorate(aborted, attempts, totalRetryDelay);
      }
      if (signal?.aborted) throw decorate(AbortError.fromSignal(signal), attempts, totalRetryDelay + delay);
      return attempt(args, next, attempts + 1, totalRetryDelay + delay, signal);
    };

    return (args) => {
      const signal = getCallOptions(args).abortSignal;
      if (signal?.aborted) return Promise.reject(decorate(AbortError.fromSignal(signal), 0, 0));
      return untilAborted(acquire.call(strategy, scope, signal), signal).then(
        (token) => attempt(args, token, 1, 0, signal),
        (error: unknown) => Promise.reject(decorate(error, 0, 0)),
      );
    };
  };

const decorate = (error: unknown, attempts: number, totalRetryDelay: number): unknown => {
  if (error && typeof error === "object") {
    const e = error as { $metadata?: Record<string, unknown> };
    Object.assign((e.$metadata ??= {}), { attempts, totalRetryDelay });
  }
  return error;
};

/** `retry-after` in seconds or as an HTTP date. */
const retryAfter = (headers: Record<string, string> | undefined): Date | undefined => {
  const value = headers?.["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  const date = Number.isFinite(seconds) ? new Date(Date.now() + seconds * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

export const retryMiddlewareOptions: FinalizeRequestHandlerOptions & AbsoluteLocation = {
  name: "retryMiddleware",
  step: "finalizeRequest",
  priority: "high",
  tags: ["RETRY"],
  override: true,
};

export const getRetryPlugin = (config: ResolvedClientConfig): Pluggable<any, any> => {
  const strategy =
    config.retryStrategy ??
    (config.retryMode === "adaptive"
      ? new AdaptiveRetryStrategy({ maxAttempts: config.maxAttempts })
      : new StandardRetryStrategy({ maxAttempts: config.maxAttempts }));
  const maxAttempts = (strategy as { maxAttempts?: number }).maxAttempts ?? config.maxAttempts;
  return {
    applyToStack: (stack) => stack.add(retryMiddleware(strategy, maxAttempts), retryMiddlewareOptions),
  };
};
