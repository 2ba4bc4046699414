import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, BuildHandlerOptions, BuildMiddleware } from "@smithy/types";
import { getCallOptions } from "../client/callOptions.js";

const TRACE_ID_HEADER = "X-Amzn-Trace-Id";

/**
 * Adds `X-Amzn-Trace-Id` inside Lambda so AWS can stop runaway recursive invocations
 * (the AWS SDKs' recursion detection). `traceIdFromEnvironment` is read per call, because the Lambda
 * runtime changes `_X_AMZN_TRACE_ID` between invocations; a `traceId` call option wins over it.
 */
export const recursionDetectionMiddleware =
  (traceIdFromEnvironment: () => string | undefined): BuildMiddleware<any, any> =>
  (next) =>
  (args) => {
    // The trace ID first: outside Lambda it is absent, and the header scan is not needed at all.
    const traceId = getCallOptions(args).traceId || traceIdFromEnvironment();
    const request = args.request;
    if (traceId && HttpRequest.isInstance(request) && !hasHeader(request.headers, TRACE_ID_HEADER)) {
      request.headers[TRACE_ID_HEADER] = encodeTraceId(traceId);
    }
    return next(args);
  };

export const recursionDetectionMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "recursionDetectionMiddleware",
  step: "build",
  priority: "low",
  tags: ["RECURSION_DETECTION"],
  override: true,
};

const hasHeader = (headers: Record<string, string>, name: string): boolean => {
  const lower = name.toLowerCase();
  for (const key in headers) if (key.toLowerCase() === lower) return true;
  return false;
};

// The characters botocore and the other AWS SDKs leave as they are; everything else is percent-encoded (UTF-8).
const UNRESERVED = /[^A-Za-z0-9_.~\-=;:+&[\]{}"',]/gu;

export const encodeTraceId = (traceId: string): string =>
  traceId.replace(UNRESERVED, (char) => {
    let encoded = "";
    for (const byte of new TextEncoder().encode(char)) encoded += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    return encoded;
  });
