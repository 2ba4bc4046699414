import type { OperationSchema } from "../schema/types.js";

/** Operations whose SECRET_HASH goes into a map of parameters rather than a SecretHash member. */
export const parameterMapOf = (operationName: string): "AuthParameters" | "ChallengeResponses" | undefined => {
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

/** Operations with a SecretHash member (next to ClientId and Username), or a SECRET_HASH parameter map. */
export const needsSecretHash = (operation: OperationSchema): boolean => {
  const members = operation.input.members;
  return ("SecretHash" in members && "ClientId" in members && "Username" in members) || parameterMapOf(operation.name) !== undefined;
};
