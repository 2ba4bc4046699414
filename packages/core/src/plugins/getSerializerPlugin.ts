import type { Pluggable, SerializeHandlerOptions, SerializeMiddleware } from "@smithy/types";
import type { ServiceSchema } from "../client/types.js";
import { buildJsonRequest } from "../protocol/buildJsonRequest.js";
import type { OperationSchema } from "../schema/types.js";

/** Turns the command input into an awsJson1_1 HttpRequest for the endpoint the endpoint middleware chose. */
export const serializerMiddleware: SerializeMiddleware<any, any> = (next, context) => {
  const operation = context.operation as OperationSchema;
  const service = context.service as ServiceSchema;
  return (args) => {
    const endpoint = context.endpointV2 as any;
    if (!endpoint) throw new Error("No endpoint: the endpointV2Middleware was removed and nothing set context.endpointV2.");
    return next({ ...args, request: buildJsonRequest(endpoint, service.targetPrefix, operation, args.input) });
  };
};

export const serializerMiddlewareOptions: SerializeHandlerOptions = {
  name: "serializerMiddleware",
  step: "serialize",
  tags: ["SERIALIZER"],
  override: true,
};

export const getSerializerPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(serializerMiddleware, serializerMiddlewareOptions),
});
