import type { Pluggable, SerializeMiddleware, RelativeMiddlewareOptions } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import { resolveEndpointOnce } from "./resolveEndpointOnce.js";

/** Resolves the endpoint (once per client) and hands it to the serializer via `context.endpointV2`. */
export const endpointMiddleware =
  (getEndpoint: ReturnType<typeof resolveEndpointOnce>): SerializeMiddleware<any, any> =>
  (next, context) => {
    let endpoint: Awaited<ReturnType<typeof getEndpoint>> | undefined;
    // Same value for every call, so writing it into the shared context is safe.
    const withEndpoint = (args: Parameters<typeof next>[0]) => {
      (context as { endpointV2?: unknown }).endpointV2 = endpoint;
      return next(args);
    };
    return (args) => {
      if (endpoint === undefined) {
        return getEndpoint().then((resolved) => {
          endpoint = resolved;
          return withEndpoint(args);
        });
      }
      // Once resolved, no await: a promise layer less per call. A throw below still reaches the
      // caller as a rejection, as it did from the async function this was.
      try {
        return withEndpoint(args);
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
