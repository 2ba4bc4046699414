import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
} from "@lithe/client-cognito-identity-provider";
import { expect } from "vitest";

/**
 * Set-up shared by the suites that run against cognito-local: clients, a pool, app clients and
 * users, all through lithe's own signed admin commands.
 */

/** cognito-local never checks signatures, but lithe still signs every admin call with these. */
export const LOCAL_CREDENTIALS = Object.freeze({
  accessKeyId: "AKIDLITHELOCALTEST01",
  secretAccessKey: "lithe-local-test-secret-access-key-0001",
});

export const REGION = "us-east-1";

/** A lithe client for cognito-local: dummy static credentials, no retries (nothing here is flaky). */
export const localClient = (endpoint: string, config: CognitoIdentityProviderClientConfig = {}): CognitoIdentityProviderClient =>
  new CognitoIdentityProviderClient({ region: REGION, endpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 1, ...config });

export const createPool = async (
  admin: CognitoIdentityProviderClient,
  name: string,
  extra: Omit<CreateUserPoolCommandInput, "PoolName"> = {},
): Promise<string> => {
  const { UserPool } = await admin.send(new CreateUserPoolCommand({ PoolName: name, AutoVerifiedAttributes: ["email"], ...extra }));
  return UserPool!.Id!;
};

export interface AppClient {
  clientId: string;
  /** Present when the app client was created with `GenerateSecret`. */
  clientSecret?: string;
}

export const createAppClient = async (
  admin: CognitoIdentityProviderClient,
  userPoolId: string,
  name: string,
  { generateSecret = false } = {},
): Promise<AppClient> => {
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: name,
      GenerateSecret: generateSecret,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"],
    }),
  );
  return { clientId: UserPoolClient!.ClientId!, clientSecret: UserPoolClient!.ClientSecret };
};

export const emailOf = (username: string): string => `${username}@example.com`;

/** A CONFIRMED user with a verified email (`<username>@example.com`) and a permanent password. */
export const createConfirmedUser = async (
  admin: CognitoIdentityProviderClient,
  userPoolId: string,
  username: string,
  password: string,
): Promise<void> => {
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: username,
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: emailOf(username) },
        { Name: "email_verified", Value: "true" },
      ],
    }),
  );
  await admin.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: username, Password: password, Permanent: true }));
};

/** The claims of a JWT, unverified (cognito-local signs with its own bundled key). */
export const jwtClaims = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));

/** Name → value of a user's attribute list. */
export const attributeMap = (list: Array<{ Name?: string; Value?: string }> | undefined): Record<string, string | undefined> =>
  Object.fromEntries((list ?? []).map((a) => [a.Name, a.Value]));

/** Awaits a rejection and checks it: the modelled error class, a client fault, status 400, and the message. */
export const expectServiceError = async (
  promise: Promise<unknown>,
  ErrorClass: abstract new (...args: any[]) => Error,
  message?: RegExp,
): Promise<void> => {
  const error = await promise.then(
    () => new Error(`expected ${ErrorClass.name}, but the call succeeded`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ErrorClass);
  expect(error).toMatchObject({ $fault: "client", $metadata: { httpStatusCode: 400 } });
  if (message) expect((error as Error).message).toMatch(message);
};
