import type { CallOptions, ValidationError, ValidationViolation } from "@lithe/core";
import type { CognitoIdentityProviderClient } from "../generated/CognitoIdentityProviderClient.js";
import type { InitiateAuthCommand } from "../generated/commands/InitiateAuthCommand.js";
import type { RespondToAuthChallengeCommand, RespondToAuthChallengeCommandOutput } from "../generated/commands/RespondToAuthChallengeCommand.js";
import type { SignInWithSrpInput } from "../signInWithSrp.js";
import { clientEphemeral } from "./clientEphemeral.js";
import { cognitoTimestamp } from "./cognitoTimestamp.js";
import { passwordAuthenticationKey } from "./passwordAuthenticationKey.js";
import { passwordClaimSignature } from "./passwordClaimSignature.js";
import { SrpProtocolError } from "./SrpProtocolError.js";

/**
 * What the package's index hands SRP sign-in (see `signInWithSrp`): the two commands it sends and
 * the error class it rejects bad input with, as the index exports them.
 */
export interface SrpDependencies {
  InitiateAuthCommand: typeof InitiateAuthCommand;
  RespondToAuthChallengeCommand: typeof RespondToAuthChallengeCommand;
  ValidationError: typeof ValidationError;
}

/** signInWithSrp proper, loaded on its first call. */
export const srpSignIn = async (
  client: CognitoIdentityProviderClient,
  input: SignInWithSrpInput,
  options: CallOptions | undefined,
  { InitiateAuthCommand, RespondToAuthChallengeCommand, ValidationError }: SrpDependencies,
): Promise<RespondToAuthChallengeCommandOutput> => {
  const violations = check(input);
  if (violations.length > 0) throw new ValidationError("SignInWithSrpInput", violations);
  const { ClientId, ClientMetadata, UserContextData } = input;
  const poolName = input.UserPoolId.slice(input.UserPoolId.indexOf("_") + 1);

  const { a, A } = clientEphemeral();
  const started = await client.send(
    new InitiateAuthCommand({
      AuthFlow: "USER_SRP_AUTH",
      ClientId,
      // Unpadded hex, as amazon-cognito-identity-js sends it.
      AuthParameters: { USERNAME: input.Username, SRP_A: A.toString(16) },
      ClientMetadata,
      UserContextData,
    }),
    options,
  );
  if (started.ChallengeName !== "PASSWORD_VERIFIER") {
    throw new SrpProtocolError(`expected the PASSWORD_VERIFIER challenge after USER_SRP_AUTH, got ${started.ChallengeName ?? "none"}`);
  }
  const parameters = started.ChallengeParameters ?? {};
  const missing = ["SRP_B", "SALT", "SECRET_BLOCK", "USER_ID_FOR_SRP"].filter((name) => !parameters[name]);
  if (missing.length > 0) throw new SrpProtocolError(`PASSWORD_VERIFIER challenge without ${missing.join(", ")}`);
  const userId = parameters["USER_ID_FOR_SRP"]!;
  const secretBlock = parameters["SECRET_BLOCK"]!;
  if (!/^[0-9a-fA-F]+$/.test(parameters["SRP_B"]!) || !/^[0-9a-fA-F]+$/.test(parameters["SALT"]!)) {
    throw new SrpProtocolError("SRP_B or SALT in the PASSWORD_VERIFIER challenge is not hex");
  }

  const key = await passwordAuthenticationKey({
    poolName,
    userId,
    password: input.Password,
    B: BigInt(`0x${parameters["SRP_B"]}`),
    salt: parameters["SALT"]!,
    a,
    A,
  });
  const timestamp = cognitoTimestamp(new Date());
  return client.send(
    new RespondToAuthChallengeCommand({
      ClientId,
      ChallengeName: "PASSWORD_VERIFIER",
      Session: started.Session,
      ChallengeResponses: {
        // The SecretHash middleware hashes this USERNAME: SECRET_HASH for USER_ID_FOR_SRP.
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
        PASSWORD_CLAIM_SIGNATURE: await passwordClaimSignature(key, { poolName, userId, secretBlock, timestamp }),
        TIMESTAMP: timestamp,
      },
      ClientMetadata,
      UserContextData,
    }),
    options,
  );
};

/** Every offending member, by name and never by value. */
const check = (input: SignInWithSrpInput): ValidationViolation[] => {
  if (typeof input !== "object" || input === null) return [{ path: "", message: "must be an object" }];
  const violations: ValidationViolation[] = [];
  for (const name of ["UserPoolId", "ClientId", "Username", "Password"] as const) {
    const value: unknown = input[name];
    if (typeof value !== "string") violations.push({ path: name, message: value === undefined ? "is required" : "must be a string" });
    else if (value.length === 0) violations.push({ path: name, message: "must not be empty" });
  }
  // The model's UserPoolIdType pattern: the pool name after "_" is part of the password hash.
  if (typeof input.UserPoolId === "string" && input.UserPoolId.length > 0 && !/^[\w-]+_[0-9a-zA-Z]+$/.test(input.UserPoolId)) {
    violations.push({ path: "UserPoolId", message: 'must look like "region_poolName"' });
  }
  return violations;
};
