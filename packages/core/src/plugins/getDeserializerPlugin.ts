import type { DeserializeHandlerOptions, DeserializeMiddleware, Pluggable } from "@smithy/types";
import type { ServiceSchema } from "../client/types.js";
import { deserializeJsonResponse } from "../protocol/deserializeJsonResponse.js";
import type { OperationSchema } from "../schema/types.js";

/** Turns the HTTP response into the command output, or throws the typed error it describes. */
export const deserializerMiddleware: DeserializeMiddleware<any, any> = (next, context) => {
  const operation = context.operation as OperationSchema;
  const service = context.service as ServiceSchema;
  // One `.then` per call: the body is parsed inside it, synchronously (a promise returned from a
  // `.then` callback costs three more microtasks); only a streamed body is awaited.
  const deserialize = ({ response }: { response: unknown }) => {
    const output = deserializeJsonResponse(response as any, operation, service);
    return output instanceof Promise ? output.then((parsed) => ({ response, output: parsed as any })) : { response, output: output as any };
  };
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
