import type { AbsoluteLocation, DeserializeHandlerOptions, DeserializeHandlerOutput, DeserializeMiddleware, Pluggable } from "@smithy/types";

/**
 * Copies the request IDs AWS answers with into `$metadata` of the output and of every error,
 * including errors whose body could not be parsed, so a failure can always be quoted to AWS support.
 */
export const requestIdMiddleware: DeserializeMiddleware<any, any> = (next) => (args) =>
  // `.then` rather than async/await: one promise layer less on every call; module-level callbacks,
  // so no closures are made per call.
  next(args).then(withRequestIds, withErrorRequestIds);

const withRequestIds = (result: DeserializeHandlerOutput<any>): DeserializeHandlerOutput<any> => {
  const output = result.output as { $metadata?: Record<string, unknown> } | undefined;
  if (output) copyRequestIds((result.response as any).headers, (output.$metadata ??= {}));
  return result;
};

const withErrorRequestIds = (error: unknown): never => {
  // Only an object (or a function) can carry `$response`.
  const headers = (error as any)?.$response?.headers;
  if (headers) copyRequestIds(headers, ((error as any).$metadata ??= {}));
  throw error;
};

const copyRequestIds = (headers: Record<string, string>, metadata: Record<string, unknown>): void => {
  const requestId = headers["x-amzn-requestid"] ?? headers["x-amzn-request-id"] ?? headers["x-amz-request-id"];
  if (requestId !== undefined) metadata.requestId = requestId;
  if (headers["x-amz-id-2"] !== undefined) metadata.extendedRequestId = headers["x-amz-id-2"];
  if (headers["x-amz-cf-id"] !== undefined) metadata.cfId = headers["x-amz-cf-id"];
};

export const requestIdMiddlewareOptions: DeserializeHandlerOptions & AbsoluteLocation = {
  name: "requestIdMiddleware",
  step: "deserialize",
  priority: "high",
  tags: ["REQUEST_ID"],
  override: true,
};

export const getRequestIdPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(requestIdMiddleware, requestIdMiddlewareOptions),
});
