import { HttpRequest } from "@smithy/protocol-http";
import type { BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";
import { randomUUID } from "../utils/randomUUID.js";

/**
 * `amz-sdk-invocation-id`: one UUID per call, the same on every retry attempt (retries run below the
 * build step), so the service can tell attempts of one call apart from new calls.
 */
export const invocationIdMiddleware: BuildMiddleware<any, any> = (next) => (args) => {
  if (HttpRequest.isInstance(args.request)) args.request.headers["amz-sdk-invocation-id"] = randomUUID();
  return next(args);
};

export const invocationIdMiddlewareOptions: BuildHandlerOptions = {
  name: "invocationIdMiddleware",
  step: "build",
  tags: ["INVOCATION_ID"],
  override: true,
};

export const getInvocationIdPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(invocationIdMiddleware, invocationIdMiddlewareOptions),
});
