import type { Pluggable, SerializeMiddleware, RelativeMiddlewareOptions } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import { resolveEndpointOnce } from "./resolveEndpointOnce.js";

/** Resolves the endpoint (once per client) and hands it to the serializer via `context.endpointV2`. */
export const endpointMiddleware =
  (getEndpoint: ReturnType<typeof resolveEndpointOnce>): SerializeMiddleware<any, any> =>
  (next, context) => {
    let endpoint: Awaited<ReturnType<typeof getEndpoint>> | undefined;
    return async (args) => {
      // Same value for every call, so writing it into the shared context is safe.
      (context as { endpointV2?: unknown }).endpointV2 = endpoint ??= await getEndpoint();
      return next(args);
    };
  };

export const endpointMiddlewareOptions: RelativeMiddlewareOptions = {
  name: "endpointV2Middleware",
  relation: "before",
  toMiddleware: "serializerMiddleware",
  tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
  override: true,
};

export const getEndpointPlugin = (config: ResolvedClientConfig): Pluggable<any, any> => {
  const getEndpoint = resolveEndpointOnce(config);
  return {
    applyToStack: (stack) => stack.addRelativeTo(endpointMiddleware(getEndpoint), endpointMiddlewareOptions),
  };
};
