import type {
  AbsoluteLocation,
  InitializeHandlerOptions,
  InitializeMiddleware,
  Logger,
  Pluggable,
} from "@smithy/types";
import { callOptions, type CallOptions } from "../client/callOptions.js";
import type { OperationSchema } from "../schema/types.js";

export interface SecretHashPluginConfig {
  /** The app client secret; a per-call `clientSecret` option wins over it. */
  clientSecret?: string;
  /** Where the browser warning goes; defaults to `context.logger`. */
  logger?: Logger;
  /** Set by browser builds: a secret there is visible to every visitor, so lithe warns once. */
  isBrowser?: boolean;
}

/** Low priority: runs after the other initialize middleware, so it hashes the Username that is sent. */
export const secretHashMiddlewareOptions = {
  name: "secretHashMiddleware",
  step: "initialize",
  priority: "low",
  tags: ["SECRET_HASH"],
  override: true,
} as const satisfies InitializeHandlerOptions & AbsoluteLocation;

let loaded: typeof import("./withSecretHash.js") | undefined;

/**
 * Fills in the SecretHash Cognito demands from app clients with a secret: the `SecretHash` member,
 * or `SECRET_HASH` in AuthParameters / ChallengeResponses. Values the caller set are kept, and the
 * caller's input object is never modified (a copy goes down the stack).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash
 */
export const secretHashMiddleware = (config: SecretHashPluginConfig): InitializeMiddleware<any, any> => {
  // Created once per client (the plugin is applied once), so the warning is once per client.
  let warned = false;
  return (next, context) => {
    const operation = context["operation"] as OperationSchema | undefined;
    if (!operation) return next;
    return (args) => {
      const clientSecret = ((args as any)[callOptions] as CallOptions | undefined)?.clientSecret ?? config.clientSecret;
      // Not async: without a secret (the usual case) the call goes straight through, no promise
      // added; nor, once the hashing code is loaded, for an operation that takes no SecretHash.
      if (!clientSecret || typeof args.input !== "object" || args.input === null || (loaded && !loaded.needsSecretHash(operation))) return next(args);
      const fill = (hashing: typeof import("./withSecretHash.js")) => {
        if (config.isBrowser && !warned) {
          warned = true;
          (config.logger ?? context.logger)?.warn?.(hashing.BROWSER_WARNING);
        }
        // Whether the operation takes a SecretHash at all is decided by the loaded code, so that
        // apps without a secret bundle none of that either.
        return hashing.needsSecretHash(operation) ? hashing.withSecretHash(args.input, operation, clientSecret) : args.input;
      };
      // The hashing code is its own chunk: only apps that configure a secret load (and bundle) it,
      // once; later calls use it without another import().
      const filled = loaded ? Promise.resolve(fill(loaded)) : import("./withSecretHash.js").then((hashing) => fill((loaded = hashing)));
      return filled.then((input) => next(input === args.input ? args : { ...args, input }));
    };
  };
};

export const getSecretHashPlugin = (config: SecretHashPluginConfig): Pluggable<any, any> => ({
  applyToStack(stack) {
    stack.add(secretHashMiddleware(config), secretHashMiddlewareOptions);
  },
});
