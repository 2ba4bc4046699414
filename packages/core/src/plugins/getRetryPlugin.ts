import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, HttpRequest as IHttpRequest, FinalizeHandler, FinalizeHandlerArguments, FinalizeRequestHandlerOptions, FinalizeRequestMiddleware, Pluggable, RetryStrategyV2, RetryToken } from "@smithy/types";
import { getCallOptions } from "../client/callOptions.js";
import type { ResolvedClientConfig } from "../client/types.js";
import { AbortError } from "../http/transportErrors.js";
import { abortableSleep } from "../retry/abortableSleep.js";
import { classifyError } from "../retry/classifyError.js";
import { lazyAdaptiveRetryStrategy } from "../retry/lazyAdaptiveRetryStrategy.js";
import { StandardRetryStrategy } from "../retry/StandardRetryStrategy.js";
import { untilAborted } from "../retry/untilAborted.js";

/** lithe's strategies take the call's signal as an extra last argument, beyond RetryStrategyV2. */
type Strategy = {
  acquireInitialRetryToken(scope: string, signal?: AbortSignal): Promise<RetryToken>;
  refreshRetryTokenForRetry(token: RetryToken, info: Parameters<RetryStrategyV2["refreshRetryTokenForRetry"]>[1], signal?: AbortSignal): Promise<RetryToken>;
  recordSuccess(token: RetryToken): void;
};

/**
 * Runs the rest of the stack once per attempt, with `amz-sdk-request: attempt=N; max=M`, so
 * everything below (signing included) runs again. `$metadata.attempts` and `totalRetryDelay` are
 * set on the output and on every error, aborts included.
 *
 * The call's abortSignal is raced against every wait (rate limiter, the attempt itself, backoff), so
 * an abort settles the call at once even with a strategy, middleware or HTTP handler that ignores it.
 * lithe's own strategies also get the signal as an extra argument, so their waits stop too.
 */
export const retryMiddleware = (retryStrategy: RetryStrategyV2, maxAttempts: number): FinalizeRequestMiddleware<any, any> => {
  // Everything but the returned middleware is per client: the middleware itself runs for every
  // call's context, so it only picks the scope and closes over `next`.
  const strategy = retryStrategy as Strategy;
  // A strategy that hands every call the same promise (StandardRetryStrategy does) hands out the
  // same token: once it has settled, calls start without waiting a microtask for it.
  let settled: Promise<RetryToken> | undefined;
  let settledToken: RetryToken;

  // One attempt. The first sends the call's own request and `args` (this is every call's path);
  // a snapshot of the request is kept before anything below could change it, and each retry
  // sends a fresh copy of it.
  const attempt = (
    next: FinalizeHandler<any, any>,
    args: FinalizeHandlerArguments<any>,
    pristine: IHttpRequest | undefined,
    token: RetryToken,
    attempts: number,
    totalRetryDelay: number,
    signal: AbortSignal | undefined,
  ): Promise<any> => {
    let attemptArgs = args;
    let request = args.request as HttpRequest;
    if (attempts === 1) {
      if (HttpRequest.isInstance(request)) {
        // Its fields and a copy of its headers: cheaper than `HttpRequest.clone` (no constructor,
        // no query walk). An empty query (every awsJson request) is left out, so a retry gets a
        // fresh empty one; a request with a query is copied whole.
        pristine = hasEntries(request.query)
          ? HttpRequest.clone(request)
          : { ...request, headers: { ...request.headers }, query: undefined as any };
      }
    } else if (pristine) {
      request = HttpRequest.clone(pristine);
      // Object.assign copies the callOptions symbol too, and is much cheaper than a spread here.
      attemptArgs = Object.assign({}, args);
      attemptArgs.request = request;
    }
    if (pristine) request.headers["amz-sdk-request"] = `attempt=${attempts}; max=${maxAttempts}`;
    let pending: Promise<any>;
    try {
      pending = next(attemptArgs);
    } catch (thrown) {
      pending = Promise.reject(thrown);
    }
    return untilAborted(pending, signal).then(
      (result) => {
        strategy.recordSuccess(token);
        decorate(result.output, attempts, totalRetryDelay);
        return result;
      },
      async (error: unknown) => {
        try {
          if (signal?.aborted) throw error instanceof AbortError ? error : AbortError.fromSignal(signal);
          const errorType = classifyError(error);
          if (!errorType) throw error;
          const retryAfterHint = retryAfter((error as { $response?: { headers?: Record<string, string> } })?.$response?.headers);
          token = await untilAborted(strategy.refreshRetryTokenForRetry(token, { errorType, error: error as any, retryAfterHint }, signal), signal).catch(
            // Out of attempts or retry quota: the caller gets the service's error, not the strategy's.
            (refused: unknown) => Promise.reject(refused instanceof AbortError ? refused : error),
          );
          const delay = token.getRetryDelay();
          await abortableSleep(delay, signal);
          totalRetryDelay += delay;
          if (signal?.aborted) throw AbortError.fromSignal(signal);
        } catch (final) {
          throw decorate(final, attempts, totalRetryDelay);
        }
        return attempt(next, args, pristine, token, attempts + 1, totalRetryDelay, signal);
      },
    );
  };

  return (next, context) => {
    const scope = (context.service as { targetPrefix?: string } | undefined)?.targetPrefix ?? "";
    return (args) => {
      const signal = getCallOptions(args).abortSignal;
      if (signal?.aborted) return Promise.reject(decorate(AbortError.fromSignal(signal), 0, 0));
      const acquired = strategy.acquireInitialRetryToken(scope, signal);
      if (acquired === settled) return attempt(next, args, undefined, settledToken, 1, 0, signal);
      return untilAborted(acquired, signal).then(
        (token) => {
          settled = acquired;
          settledToken = token;
          return attempt(next, args, undefined, token, 1, 0, signal);
        },
        (error: unknown) => Promise.reject(decorate(error, 0, 0)),
      );
    };
  };
};

const hasEntries = (object: object): boolean => {
  for (const _ in object) return true;
  return false;
};

const decorate = (target: unknown, attempts: number, totalRetryDelay: number): unknown => {
  if (target && typeof target === "object") {
    const metadata = ((target as { $metadata?: Record<string, unknown> }).$metadata ??= {});
    metadata.attempts = attempts;
    metadata.totalRetryDelay = totalRetryDelay;
  }
  return target;
};

/** `retry-after` in seconds or as an HTTP date. */
const retryAfter = (headers: Record<string, string> | undefined): Date | undefined => {
  const value = headers?.["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  const date = new Date(Number.isFinite(seconds) ? Date.now() + seconds * 1000 : value);
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
      ? lazyAdaptiveRetryStrategy(config.maxAttempts)
      : new StandardRetryStrategy({ maxAttempts: config.maxAttempts }));
  const maxAttempts = (strategy as { maxAttempts?: number }).maxAttempts ?? config.maxAttempts;
  return {
    applyToStack: (stack) => stack.add(retryMiddleware(strategy, maxAttempts), retryMiddlewareOptions),
  };
};
