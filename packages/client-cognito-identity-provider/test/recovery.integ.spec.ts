// The password-recovery flow through lithe against cognito-local: set-up with signed admin
// commands, then ForgotPassword → ConfirmForgotPassword → InitiateAuth, and the errors on the way.
import { createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CodeMismatchException,
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  InvalidPasswordException,
  NotAuthorizedException,
  ResourceNotFoundException,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";
import { CredentialsProviderError, NodeHttpHandler } from "@lithe/core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import {
  type AppClient,
  createAppClient,
  createConfirmedUser,
  createPool,
  emailOf,
  jwtClaims,
  localClient,
  REGION,
} from "./support/cognitoLocalSetup.js";
import { type LoggedRequest, logRequests } from "./support/requestLog.js";

const OLD_PASSWORD = "Old-Passw0rd!";
const NEW_PASSWORD = "New-Passw0rd!";

let local: CognitoLocal;
let admin: CognitoIdentityProviderClient;
let userPoolId: string;
/** An app client with a secret: every user-facing call below needs a SecretHash, filled in by lithe. */
let appClient: AppClient;
let app: CognitoIdentityProviderClient;
/** What `app` sent: cognito-local ignores SecretHash, so the test checks it on the way out. */
let sent: LoggedRequest[];

/** Base64(HMAC-SHA256(key = client secret, message = username + client id)), computed here independently. */
const secretHashOf = (username: string) =>
  createHmac("sha256", appClient.clientSecret!).update(username + appClient.clientId).digest("base64");

beforeAll(async () => {
  local = await startCognitoLocal();
  admin = localClient(local.endpoint);
  userPoolId = await createPool(admin, "recovery");
  appClient = await createAppClient(admin, userPoolId, "recovery-app", { generateSecret: true });
  // The app's client: no AWS credentials at all, only the app client secret.
  app = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: local.endpoint,
    maxAttempts: 1,
    clientSecret: appClient.clientSecret,
  });
  sent = logRequests(app);
});

afterAll(async () => {
  admin?.destroy();
  app?.destroy();
  await local?.stop();
});

describe("password recovery against cognito-local", () => {
  it("creates an app client with a secret through signed admin commands", () => {
    expect(appClient.clientId).toMatch(/^\w+$/);
    expect(appClient.clientSecret).toEqual(expect.any(String));
  });

  it("resets a password with the delivered code and signs in with the new one", async () => {
    await createConfirmedUser(admin, userPoolId, "alice", OLD_PASSWORD);
    const ClientId = appClient.clientId;
    sent.length = 0;

    const forgot = await app.send(new ForgotPasswordCommand({ ClientId, Username: "alice" }));
    // Real Cognito masks the destination (a***@e***); cognito-local returns the address as is.
    expect(forgot.CodeDeliveryDetails).toEqual({ DeliveryMedium: "EMAIL", AttributeName: "email", Destination: emailOf("alice") });
    expect(forgot.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });

    const code = await local.getConfirmationCode(userPoolId, "alice");
    expect(code).toMatch(/^\d{6}$/);
    const confirmed = await app.send(
      new ConfirmForgotPasswordCommand({ ClientId, Username: "alice", ConfirmationCode: code!, Password: NEW_PASSWORD }),
    );
    expect(confirmed.$metadata.httpStatusCode).toBe(200);
    await expect(local.getConfirmationCode(userPoolId, "alice")).resolves.toBeUndefined();

    const auth = await app.send(
      new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: NEW_PASSWORD } }),
    );
    const accessToken = auth.AuthenticationResult?.AccessToken;
    expect(accessToken).toEqual(expect.any(String));
    expect(jwtClaims(accessToken!)).toMatchObject({ client_id: ClientId, username: "alice", token_use: "access" });

    // Each call carried the SecretHash lithe computed from the client's secret.
    const hash = secretHashOf("alice");
    expect(sent.map((r) => [r.operation, r.status])).toEqual([
      ["ForgotPassword", 200],
      ["ConfirmForgotPassword", 200],
      ["InitiateAuth", 200],
    ]);
    expect(sent[0]!.body.SecretHash).toBe(hash);
    expect(sent[1]!.body.SecretHash).toBe(hash);
    expect(sent[2]!.body.AuthParameters).toEqual({ USERNAME: "alice", PASSWORD: NEW_PASSWORD, SECRET_HASH: hash });

    // cognito-local answers the old password with InvalidPasswordException (Cognito: NotAuthorizedException).
    // InitiateAuth does not declare that error; lithe throws every error as the base exception under
    // the code's name, and the generated class matches it by that name even so.
    const AuthParameters = { USERNAME: "alice", PASSWORD: OLD_PASSWORD };
    const error = await app.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error).toBeInstanceOf(InvalidPasswordException);
    expect(error).not.toBeInstanceOf(NotAuthorizedException);
    expect(error).toMatchObject({ name: "InvalidPasswordException", $fault: "client", $metadata: { httpStatusCode: 400 } });
  });

  it("rejects a wrong confirmation code with CodeMismatchException and keeps the old password", async () => {
    await createConfirmedUser(admin, userPoolId, "bob", OLD_PASSWORD);
    const ClientId = appClient.clientId;
    await app.send(new ForgotPasswordCommand({ ClientId, Username: "bob" }));
    const code = (await local.getConfirmationCode(userPoolId, "bob"))!;
    const wrong = code === "000000" ? "111111" : "000000";

    const error = await app
      .send(new ConfirmForgotPasswordCommand({ ClientId, Username: "bob", ConfirmationCode: wrong, Password: NEW_PASSWORD }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodeMismatchException);
    expect(error).toMatchObject({ name: "CodeMismatchException", $fault: "client", $metadata: { httpStatusCode: 400 } });

    const auth = await app.send(
      new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "bob", PASSWORD: OLD_PASSWORD } }),
    );
    expect(auth.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
  });

  it("answers an unknown user with UserNotFoundException, a client fault with status 400", async () => {
    const error = await app.send(new ForgotPasswordCommand({ ClientId: appClient.clientId, Username: "nobody" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserNotFoundException);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error).toMatchObject({
      name: "UserNotFoundException",
      message: "User not found.",
      $fault: "client",
      $metadata: { httpStatusCode: 400, attempts: 1 },
    });
  });

  it("answers an unknown app client id with ResourceNotFoundException", async () => {
    const unknown = new ForgotPasswordCommand({ ClientId: "unknownclient0000000000000", Username: "alice" });
    const error = await app.send(unknown).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error).toMatchObject({ $fault: "client", $metadata: { httpStatusCode: 400 } });
  });
});

describe("signed commands without credentials", () => {
  /** A real NodeHttpHandler that counts what it is asked to send. */
  const countingHandler = () => {
    const inner = new NodeHttpHandler();
    const handler = {
      sent: 0,
      handle: (request: any, options?: any) => {
        handler.sent++;
        return inner.handle(request, options);
      },
      destroy: () => inner.destroy(),
    };
    return handler;
  };
  const createUser = (Username: string) =>
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username,
      MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: emailOf(Username) }],
    });
  const expectNoSuchUser = (Username: string) =>
    expect(admin.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username }))).rejects.toBeInstanceOf(UserNotFoundException);

  afterEach(() => vi.unstubAllEnvs());

  it("fail with CredentialsProviderError before anything is sent when the provider has none", async () => {
    const handler = countingHandler();
    let asked = 0;
    const client = new CognitoIdentityProviderClient({
      region: REGION,
      endpoint: local.endpoint,
      requestHandler: handler,
      credentials: async () => {
        asked++;
        throw new CredentialsProviderError("the test's provider has no credentials");
      },
    });
    try {
      const error = await client.send(createUser("carol")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CredentialsProviderError);
      expect(error).toMatchObject({
        name: "CredentialsProviderError",
        message: expect.stringContaining("AdminCreateUser requires AWS credentials"),
      });
      expect(asked).toBeGreaterThan(0);
      expect(handler.sent).toBe(0);
      await expectNoSuchUser("carol");

      // The same client sends unsigned commands without ever asking for credentials.
      asked = 0;
      await createConfirmedUser(admin, userPoolId, "dora", OLD_PASSWORD);
      const forgot = await client.send(new ForgotPasswordCommand({ ClientId: appClient.clientId, Username: "dora" }), {
        clientSecret: appClient.clientSecret,
      });
      expect(forgot.CodeDeliveryDetails?.Destination).toBe(emailOf("dora"));
      expect(asked).toBe(0);
      expect(handler.sent).toBe(1);
    } finally {
      client.destroy();
    }
  });

  it("fail with CredentialsProviderError naming where the default chain looked", async () => {
    const empty = await mkdtemp(join(tmpdir(), "lithe-no-credentials-"));
    const credentialsFile = join(empty, "credentials");
    const configFile = join(empty, "config");
    // An empty environment and missing shared files, whatever the machine running the test has.
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"]) vi.stubEnv(name, "");
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", credentialsFile);
    vi.stubEnv("AWS_CONFIG_FILE", configFile);
    const handler = countingHandler();
    const client = new CognitoIdentityProviderClient({ region: REGION, endpoint: local.endpoint, requestHandler: handler });
    try {
      const error = await client.send(createUser("erin")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CredentialsProviderError);
      const message = (error as Error).message;
      expect(message).toContain("AWS_ACCESS_KEY_ID");
      expect(message).toContain(`${credentialsFile} (file not found)`);
      expect(message).toContain(`${configFile} (file not found)`);
      expect(handler.sent).toBe(0);
      await expectNoSuchUser("erin");
    } finally {
      client.destroy();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
