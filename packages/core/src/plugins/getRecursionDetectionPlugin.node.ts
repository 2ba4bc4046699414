import type { Pluggable } from "@smithy/types";
import { recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } from "./recursionDetection.js";

/** Only inside Lambda: both AWS_LAMBDA_FUNCTION_NAME and _X_AMZN_TRACE_ID must be set. */
const traceIdFromEnvironment = (): string | undefined =>
  process.env.AWS_LAMBDA_FUNCTION_NAME ? process.env._X_AMZN_TRACE_ID || undefined : undefined;

export const getRecursionDetectionPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) =>
    stack.add(recursionDetectionMiddleware(traceIdFromEnvironment), recursionDetectionMiddlewareOptions),
});
