import type {
  AbsoluteLocation,
  InitializeHandlerOptions,
  InitializeMiddleware,
  Logger,
  Pluggable,
} from "@smithy/types";
import { computeSecretHash } from "../auth/computeSecretHash.js";
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

/** Operations whose SECRET_HASH goes into a map of parameters rather than a SecretHash member. */
const parameterMapOf = (operationName: string): "AuthParameters" | "ChallengeResponses" | undefined => {
  switch (operationName) {
    case "InitiateAuth":
    case "AdminInitiateAuth":
      return "AuthParameters";
    case "RespondToAuthChallenge":
    case "AdminRespondToAuthChallenge":
      return "ChallengeResponses";
  }
  return undefined;
};

const BROWSER_WARNING =
  "lithe: a client secret is configured in browser code. App client secrets do not belong in front-end code, " +
  "where every visitor can read them; use an app client without a secret for public clients.";

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
    // Whether the operation takes a SecretHash at all is in its schema: decided once, not per call.
    const operation = context["operation"] as OperationSchema | undefined;
    if (!operation || !needsSecretHash(operation)) return next;
    return (args) => {
      const clientSecret = ((args as any)[callOptions] as CallOptions | undefined)?.clientSecret ?? config.clientSecret;
      // Not async: without a secret (the usual case) the call goes straight through, no promise added.
      if (!clientSecret || !isRecord(args.input)) return next(args);
      if (config.isBrowser && !warned) {
        warned = true;
        (config.logger ?? context.logger)?.warn?.(BROWSER_WARNING);
      }
      return withSecretHash(args.input, operation, clientSecret).then((input) =>
        next(input === args.input ? args : { ...args, input }),
      );
    };
  };
};

/** Operations with a SecretHash member (next to ClientId and Username), or a SECRET_HASH parameter map. */
const needsSecretHash = (operation: OperationSchema): boolean => {
  const members = operation.input.members;
  return ("SecretHash" in members && "ClientId" in members && "Username" in members) || parameterMapOf(operation.name) !== undefined;
};

export const getSecretHashPlugin = (config: SecretHashPluginConfig): Pluggable<any, any> => ({
  applyToStack(stack) {
    stack.add(secretHashMiddleware(config), secretHashMiddlewareOptions);
  },
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const withSecretHash = async (input: Record<string, unknown>, operation: OperationSchema, clientSecret: string) => {
  const clientId = input["ClientId"];
  if (typeof clientId !== "string") return input;
  let result = input;

  const members = operation.input.members;
  const username = input["Username"];
  if ("SecretHash" in members && "ClientId" in members && "Username" in members && input["SecretHash"] == null && typeof username === "string") {
    result = { ...result, SecretHash: await computeSecretHash(clientSecret, username, clientId) };
  }

  const mapName = parameterMapOf(operation.name);
  const parameters = mapName && input[mapName];
  if (mapName && isRecord(parameters) && parameters["SECRET_HASH"] == null && typeof parameters["USERNAME"] === "string") {
    const secretHash = await computeSecretHash(clientSecret, parameters["USERNAME"], clientId);
    result = { ...result, [mapName]: { ...parameters, SECRET_HASH: secretHash } };
  }
  return result;
};
