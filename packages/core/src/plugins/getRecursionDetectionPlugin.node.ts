import type { Pluggable } from "@smithy/types";
import { recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } from "./recursionDetection.js";

/**
 * Only inside Lambda: AWS_LAMBDA_FUNCTION_NAME is read once, when the client is made (it does not
 * change within a Lambda sandbox, and reading process.env costs every call ~0.1 µs); the trace ID
 * is read per call, because the runtime sets it anew for every invocation.
 */
export const getRecursionDetectionPlugin = (): Pluggable<any, any> => {
  const inLambda = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);
  const traceIdFromEnvironment = (): string | undefined => (inLambda ? process.env._X_AMZN_TRACE_ID || undefined : undefined);
  return {
    applyToStack: (stack) =>
      stack.add(recursionDetectionMiddleware(traceIdFromEnvironment), recursionDetectionMiddlewareOptions),
  };
};
