import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, FinalizeRequestHandlerOptions, FinalizeRequestMiddleware, Pluggable, RetryStrategyV2 } from "@smithy/types";
import { getCallOptions } from "../client/callOptions.js";
import type { ResolvedClientConfig } from "../client/types.js";
import { AbortError } from "../http/transportErrors.js";
import { abortableSleep } from "../retry/abortableSleep.js";
import { AdaptiveRetryStrategy } from "../retry/AdaptiveRetryStrategy.js";
import { classifyError } from "../retry/classifyError.js";
import { StandardRetryStrategy } from "../retry/StandardRetryStrategy.js";

/**
 * Runs the rest of the stack once per attempt. Each attempt gets a fresh copy of the request with
 * `amz-sdk-request: attempt=N; max=M`, so everything below (signing included) runs again.
 * `$metadata.attempts` and `totalRetryDelay` are set on the output and on the error.
 */
export const retryMiddleware =
  (strategy: RetryStrategyV2, maxAttempts: number): FinalizeRequestMiddleware<any, any> =>
  (next, context) => {
    const scope = (context.service as { targetPrefix?: string } | undefined)?.targetPrefix ?? "";
    return async (args) => {
      const signal = getCallOptions(args).abortSignal;
      let retryToken = await strategy.acquireInitialRetryToken(scope);
      let attempts = 0;
      let totalRetryDelay = 0;
      for (;;) {
        if (signal?.aborted) throw new AbortError("The call was aborted", { cause: signal.reason });
        attempts++;
        let request = args.request as HttpRequest;
        if (HttpRequest.isInstance(request)) {
          request = HttpRequest.clone(request);
          request.headers["amz-sdk-request"] = `attempt=${attempts}; max=${maxAttempts}`;
        }
        try {
          const result = await next({ ...args, request });
          strategy.recordSuccess(retryToken);
          const output = result.output as { $metadata?: Record<string, unknown> } | undefined;
          if (output) Object.assign((output.$metadata ??= {}), { attempts, totalRetryDelay });
          return result;
        } catch (error) {
          const errorType = signal?.aborted ? undefined : classifyError(error);
          if (errorType) {
            try {
              retryToken = await strategy.refreshRetryTokenForRetry(retryToken, {
                errorType,
                error: error as any,
                retryAfterHint: retryAfter((error as any)?.$response?.headers),
              });
            } catch {
              throw decorate(error, attempts, totalRetryDelay);
            }
            const delay = retryToken.getRetryDelay();
            await abortableSleep(delay, signal);
            totalRetryDelay += delay;
            continue;
          }
          throw decorate(error, attempts, totalRetryDelay);
        }
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
