import type { DeserializeHandlerOptions, DeserializeMiddleware, Pluggable } from "@smithy/types";
import type { ServiceSchema } from "../client/types.js";
import { deserializeJsonResponse } from "../protocol/deserializeJsonResponse.js";
import type { OperationSchema } from "../schema/types.js";

/** Turns the HTTP response into the command output, or throws the typed error it describes. */
export const deserializerMiddleware: DeserializeMiddleware<any, any> = (next, context) => {
  const operation = context.operation as OperationSchema;
  const service = context.service as ServiceSchema;
  return async (args) => {
    const { response } = await next(args);
    const output = await deserializeJsonResponse(response as any, operation, service);
    return { response, output: output as any };
  };
};

export const deserializerMiddlewareOptions: DeserializeHandlerOptions = {
  name: "deserializerMiddleware",
  step: "deserialize",
  tags: ["DESERIALIZER"],
  override: true,
};

export const getDeserializerPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(deserializerMiddleware, deserializerMiddlewareOptions),
});
