import { HttpRequest } from "@smithy/protocol-http";
import type { Pluggable, RelativeMiddlewareOptions, SerializeMiddleware } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import type { OperationSchema } from "../schema/types.js";

/**
 * Prepends the operation's `@endpoint` hostPrefix (`foo.`, `foo.{label}.`) to the serialized
 * request's hostname, as the AWS SDK's serializers do, unless the client says `disableHostPrefix`
 * (e.g. for an endpoint that already names the host). Operations without the trait get `next`.
 */
export const hostPrefixMiddleware =
  (config: Pick<ResolvedClientConfig, "disableHostPrefix">): SerializeMiddleware<any, any> =>
  (next, context) => {
    const operation = context.operation as OperationSchema | undefined;
    const prefix = operation?.hostPrefix;
    if (prefix === undefined || config.disableHostPrefix) return next;
    return (args) => {
      const request = args.request;
      if (HttpRequest.isInstance(request)) request.hostname = prefix.resolve(args.input, operation!) + request.hostname;
      return next(args);
    };
  };

export const hostPrefixMiddlewareOptions: RelativeMiddlewareOptions = {
  name: "hostPrefixMiddleware",
  relation: "after",
  toMiddleware: "serializerMiddleware",
  tags: ["HOST_PREFIX"],
  override: true,
};

export const getHostPrefixPlugin = (config: Pick<ResolvedClientConfig, "disableHostPrefix">): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.addRelativeTo(hostPrefixMiddleware(config), hostPrefixMiddlewareOptions),
});
