import type { Pluggable, SerializeMiddleware, RelativeMiddlewareOptions } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import { resolveEndpointOnce } from "./resolveEndpointOnce.js";

/**
 * Resolves the endpoint (once per client) and hands it to the serializer via `context.endpointV2`.
 * The resolved endpoint is kept outside the middleware, which runs afresh for every call's context.
 */
export const endpointMiddleware = (getEndpoint: ReturnType<typeof resolveEndpointOnce>): SerializeMiddleware<any, any> => {
  let endpoint: Awaited<ReturnType<typeof getEndpoint>> | undefined;
  return (next, context) => (args) => {
    if (endpoint === undefined) {
      return getEndpoint().then((resolved) => {
        endpoint = resolved;
        (context as { endpointV2?: unknown }).endpointV2 = resolved;
        return next(args);
      });
    }
    (context as { endpointV2?: unknown }).endpointV2 = endpoint;
    // Once resolved, no await: a promise layer less per call. A throw below still reaches the
    // caller as a rejection, as it did from the async function this was.
    try {
      return next(args);
    } catch (error) {
      return Promise.reject(error);
    }
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
