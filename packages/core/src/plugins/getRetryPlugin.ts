import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, FinalizeRequestHandlerOptions, FinalizeRequestMiddleware, Pluggable, RetryStrategyV2 } from "@smithy/types";
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
    return async (args) => {
      const signal = getCallOptions(args).abortSignal;
      let attempts = 0;
      let totalRetryDelay = 0;
      try {
        let retryToken = await untilAborted(acquire.call(strategy, scope, signal), signal);
        for (;;) {
          if (signal?.aborted) throw AbortError.fromSignal(signal);
          attempts++;
          let request = args.request as HttpRequest;
          if (HttpRequest.isInstance(request)) {
            request = HttpRequest.clone(request);
            request.headers["amz-sdk-request"] = `attempt=${attempts}; max=${maxAttempts}`;
          }
          let result;
          try {
            result = await untilAborted(next({ ...args, request }), signal);
          } catch (error) {
            if (signal?.aborted) throw error instanceof AbortError ? error : AbortError.fromSignal(signal);
            const errorType = classifyError(error);
            if (!errorType) throw error;
            try {
              retryToken = await untilAborted(
                refresh.call(strategy, retryToken, { errorType, error: error as any, retryAfterHint: retryAfter((error as any)?.$response?.headers) }, signal),
                signal,
              );
            } catch (refused) {
              // Out of attempts or retry quota: the caller gets the service's error, not the strategy's.
              throw refused instanceof AbortError ? refused : error;
            }
            const delay = retryToken.getRetryDelay();
            await abortableSleep(delay, signal);
            totalRetryDelay += delay;
            continue;
          }
          strategy.recordSuccess(retryToken);
          const output = result.output as { $metadata?: Record<string, unknown> } | undefined;
          if (output) Object.assign((output.$metadata ??= {}), { attempts, totalRetryDelay });
          return result;
        }
      } catch (error) {
        throw decorate(error, attempts, totalRetryDelay);
      }
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
