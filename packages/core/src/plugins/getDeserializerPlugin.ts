import type { DeserializeHandlerOptions, DeserializeMiddleware, Pluggable } from "@smithy/types";
import type { ServiceSchema } from "../client/types.js";
import { deserializeJsonResponse } from "../protocol/deserializeJsonResponse.js";
import type { OperationSchema } from "../schema/types.js";

/** Turns the HTTP response into the command output, or throws the typed error it describes. */
export const deserializerMiddleware: DeserializeMiddleware<any, any> = (next, context) => {
  const operation = context.operation as OperationSchema;
  const service = context.service as ServiceSchema;
  // Promise chains rather than an async function with two awaits: fewer promises per call.
  const deserialize = ({ response }: { response: unknown }) =>
    deserializeJsonResponse(response as any, operation, service).then((output) => ({ response, output: output as any }));
  return (args) => {
    try {
      return next(args).then(deserialize);
    } catch (error) {
      return Promise.reject(error); // a throw below still reaches the caller as a rejection
    }
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
