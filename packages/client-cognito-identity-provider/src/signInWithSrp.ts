import { ValidationError, type CallOptions } from "@lithe/core";
import type { CognitoIdentityProviderClient } from "./generated/CognitoIdentityProviderClient.js";
import { InitiateAuthCommand } from "./generated/commands/InitiateAuthCommand.js";
import { RespondToAuthChallengeCommand, type RespondToAuthChallengeCommandOutput } from "./generated/commands/RespondToAuthChallengeCommand.js";
import type { UserContextDataType } from "./generated/models.js";

export interface SignInWithSrpInput {
  /** "region_id", e.g. "us-east-1_AbCdEf123": the part after "_" enters the password hash. */
  UserPoolId: string;
  ClientId: string;
  Username: string;
  /** Never sent: only a proof that the password is known. */
  Password: string;
  /** Passed to the Lambda triggers of both calls. */
  ClientMetadata?: Record<string, string>;
  UserContextData?: UserContextDataType;
}

/**
 * Signs in with SRP (`USER_SRP_AUTH`, then the `PASSWORD_VERIFIER` challenge), so the password
 * never leaves the device. Both calls go through `client.send` with `options`: middleware,
 * retries, logging and SecretHash apply (SECRET_HASH is computed for USERNAME, then for
 * USER_ID_FOR_SRP). Resolves to the RespondToAuthChallenge output: tokens in
 * `AuthenticationResult`, or the next challenge (MFA, NEW_PASSWORD_REQUIRED, ...) with its
 * `Session`. A wrong password rejects with the service's `NotAuthorizedException`.
 *
 * The SRP code (arithmetic, hashing) is loaded on the first call: pages that never sign in this
 * way do not download it. It is built self-contained (rollup.config.mjs) and imports nothing from
 * either package's index: what it needs from them (the two commands, ValidationError) is handed to
 * it from here. esbuild puts whatever a lazily loaded module uses from an index into the chunk every
 * page loads up front (those imports would cost every esbuild page their commands and schemas), and,
 * bundling without code splitting as for a Lambda, wraps every module such a chunk imports in a
 * lazily initialised function that V8 parses twice at start-up.
 */
export const signInWithSrp = (
  client: CognitoIdentityProviderClient,
  input: SignInWithSrpInput,
  options?: CallOptions,
): Promise<RespondToAuthChallengeCommandOutput> =>
  import("./srp/srpSignIn.js").then((srp) => srp.srpSignIn(client, input, options, { InitiateAuthCommand, RespondToAuthChallengeCommand, ValidationError }));
