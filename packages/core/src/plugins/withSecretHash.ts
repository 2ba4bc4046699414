import { computeSecretHash } from "../auth/computeSecretHash.js";
import type { OperationSchema } from "../schema/types.js";
import { parameterMapOf } from "./secretHashTargets.js";

export { needsSecretHash } from "./secretHashTargets.js";

/**
 * The input with SecretHash filled in: the `SecretHash` member, or `SECRET_HASH` in AuthParameters /
 * ChallengeResponses. Values the caller set are kept; the caller's object is never modified.
 * Loaded by the SecretHash middleware on the first call that has a secret, so apps without one
 * (the usual browser case) neither bundle nor load the hashing code.
 */
export const withSecretHash = async (
  input: Record<string, unknown>,
  operation: OperationSchema,
  clientSecret: string,
): Promise<Record<string, unknown>> => {
  const clientId = input["ClientId"];
  if (typeof clientId !== "string") return input;
  let result = input;

  const username = input["Username"];
  const members = operation.input.members;
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

export const BROWSER_WARNING =
  "lithe: a client secret is configured in browser code. App client secrets do not belong in front-end code, " +
  "where every visitor can read them; use an app client without a secret for public clients.";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
