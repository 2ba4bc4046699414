// Every operation cognito-local implements, at least once, through lithe: pools, app clients,
// groups, users, attributes, sign-up, sign-in and challenges, tokens, MFA, pagination, deletion.
// The stages share one pool and run in order. Where cognito-local differs from Cognito, the test
// asserts what it does and says how Cognito differs.
import { createRequire } from "node:module";
import * as lithe from "@lithe/client-cognito-identity-provider";
import { CodeMismatchException as CodeMismatch, NotAuthorizedException as NotAuthorized, ResourceNotFoundException as NotFound, UserNotFoundException as NoUser } from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { type AppClient, createAppClient, createConfirmedUser, createPool, emailOf, jwtClaims, LOCAL_CREDENTIALS, localClient } from "./support/cognitoLocalSetup.js";
import { startListUsersPagingProxy } from "./support/listUsersPagingProxy.js";
import { type LoggedRequest, logRequests } from "./support/requestLog.js";
import { totp } from "./support/totp.js";

// The operations cognito-local routes, read from the installed version rather than copied here.
const { Targets } = createRequire(import.meta.url)("cognito-local/lib/targets/targets.js") as { Targets: Record<string, unknown> };

const PASSWORD = "First-Passw0rd!";
const TEMPORARY = "Temp-Passw0rd!";
const sent: LoggedRequest[] = [];
const clients: lithe.CognitoIdentityProviderClient[] = [];
let local: CognitoLocal;
let admin: lithe.CognitoIdentityProviderClient;
/** Unsigned user-facing calls, for an app client without a secret. */
let app: lithe.CognitoIdentityProviderClient;
/** The same for an app client with a secret: lithe adds SecretHash (cognito-local ignores it). */
let secretApp: lithe.CognitoIdentityProviderClient;
let UserPoolId: string;
let otherPoolId: string;
let web: AppClient;
let backend: AppClient;

/** A lithe client for cognito-local whose requests are logged to `sent`; destroyed after the suite. */
const client = (config: lithe.CognitoIdentityProviderClientConfig = {}) => {
  const created = localClient(local.endpoint, config);
  logRequests(created, sent);
  clients.push(created);
  return created;
};

/** Awaits a rejection: the modelled error class, a client fault, status 400. */
const rejects = async (promise: Promise<unknown>, ErrorClass: abstract new (...args: any[]) => Error, message?: RegExp) => {
  const error = await promise.then(() => new Error(`expected ${ErrorClass.name}, the call succeeded`), (e: unknown) => e);
  expect(error).toBeInstanceOf(ErrorClass);
  expect(error).toMatchObject({ $fault: "client", $metadata: { httpStatusCode: 400 } });
  if (message) expect((error as Error).message).toMatch(message);
};

const attributes = (list: Array<{ Name?: string; Value?: string }> | undefined) =>
  Object.fromEntries((list ?? []).map((a) => [a.Name, a.Value]));
const getUser = (Username: string) => admin.send(new lithe.AdminGetUserCommand({ UserPoolId, Username }));
const signIn = (Username: string, PASSWORD: string, on = app, ClientId = web.clientId) =>
  on.send(new lithe.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: Username, PASSWORD } }));
const accessTokenOf = async (Username: string, password: string) => (await signIn(Username, password)).AuthenticationResult!.AccessToken!;

beforeAll(async () => {
  local = await startCognitoLocal();
  admin = client();
  app = client({ credentials: async () => Promise.reject(new Error("unsigned calls must not ask for credentials")) });
});

afterAll(async () => {
  for (const created of clients) created.destroy();
  await local?.stop();
});

describe("every operation cognito-local implements, through lithe", () => {
  it("creates, lists, describes and updates user pools", async () => {
    const created = await admin.send(new lithe.CreateUserPoolCommand({ PoolName: "every-op", AutoVerifiedAttributes: ["email"] }));
    UserPoolId = created.UserPool!.Id!;
    expect(UserPoolId).toMatch(/^local_\w{8}$/);
    expect(created.UserPool).toMatchObject({ Name: "every-op", Arn: expect.stringContaining(`userpool/${UserPoolId}`) });
    expect(created.UserPool!.CreationDate).toBeInstanceOf(Date);
    otherPoolId = await createPool(admin, "to-delete");

    // cognito-local ignores MaxResults (required by Cognito) and returns every pool.
    const pools = await admin.send(new lithe.ListUserPoolsCommand({ MaxResults: 1 }));
    expect(pools.UserPools!.map((p) => p.Name).sort()).toEqual(["every-op", "to-delete"]);

    await admin.send(new lithe.UpdateUserPoolCommand({ UserPoolId, AutoVerifiedAttributes: ["email"], MfaConfiguration: "OPTIONAL", UserPoolTags: { team: "lithe" } }));
    await admin.send(new lithe.AddCustomAttributesCommand({ UserPoolId, CustomAttributes: [{ Name: "team", AttributeDataType: "String", Mutable: true }] }));
    const { UserPool } = await admin.send(new lithe.DescribeUserPoolCommand({ UserPoolId }));
    expect(UserPool).toMatchObject({ Id: UserPoolId, MfaConfiguration: "OPTIONAL", UserPoolTags: { team: "lithe" }, AutoVerifiedAttributes: ["email"] });
    expect(UserPool!.SchemaAttributes!.map((a) => a.Name)).toEqual(expect.arrayContaining(["email", "custom:team"]));

    const set = await admin.send(new lithe.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    expect(set).toMatchObject({ MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
    const got = await admin.send(new lithe.GetUserPoolMfaConfigCommand({ UserPoolId }));
    expect(got).toMatchObject({ MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
  });

  it("creates, lists, describes, updates and deletes app clients", async () => {
    web = await createAppClient(admin, UserPoolId, "web");
    backend = await createAppClient(admin, UserPoolId, "backend", { generateSecret: true });
    expect(web.clientSecret).toBeUndefined();
    expect(backend.clientSecret).toEqual(expect.any(String));
    secretApp = client({ clientSecret: backend.clientSecret });
    const doomed = await createAppClient(admin, UserPoolId, "doomed");

    const listed = await admin.send(new lithe.ListUserPoolClientsCommand({ UserPoolId }));
    expect(listed.UserPoolClients!.map((c) => c.ClientName).sort()).toEqual(["backend", "doomed", "web"]);
    const updated = await admin.send(new lithe.UpdateUserPoolClientCommand({ UserPoolId, ClientId: web.clientId, ClientName: "web-app", AccessTokenValidity: 2 }));
    expect(updated.UserPoolClient).toMatchObject({ ClientName: "web-app", AccessTokenValidity: 2 });
    const described = await admin.send(new lithe.DescribeUserPoolClientCommand({ UserPoolId, ClientId: web.clientId }));
    expect(described.UserPoolClient).toMatchObject({ ClientId: web.clientId, ClientName: "web-app", UserPoolId });
    expect(described.UserPoolClient!.ExplicitAuthFlows).toContain("ALLOW_USER_PASSWORD_AUTH");

    await admin.send(new lithe.DeleteUserPoolClientCommand({ UserPoolId, ClientId: doomed.clientId }));
    await rejects(admin.send(new lithe.DescribeUserPoolClientCommand({ UserPoolId, ClientId: doomed.clientId })), NotFound);
  });

  it("creates, reads, updates, lists and deletes groups", async () => {
    const created = await admin.send(new lithe.CreateGroupCommand({ UserPoolId, GroupName: "admins", Description: "Admins", Precedence: 1 }));
    expect(created.Group).toMatchObject({ GroupName: "admins", UserPoolId, Precedence: 1 });
    expect(created.Group!.CreationDate).toBeInstanceOf(Date);
    await admin.send(new lithe.CreateGroupCommand({ UserPoolId, GroupName: "readers" }));
    const updated = await admin.send(new lithe.UpdateGroupCommand({ UserPoolId, GroupName: "admins", Description: "Administrators" }));
    expect(updated.Group).toMatchObject({ Description: "Administrators", Precedence: 1 });
    const got = await admin.send(new lithe.GetGroupCommand({ UserPoolId, GroupName: "admins" }));
    expect(got.Group).toMatchObject({ GroupName: "admins", Description: "Administrators" });

    await admin.send(new lithe.DeleteGroupCommand({ UserPoolId, GroupName: "readers" }));
    const listed = await admin.send(new lithe.ListGroupsCommand({ UserPoolId }));
    expect(listed.Groups!.map((g) => g.GroupName)).toEqual(["admins"]);
    await rejects(admin.send(new lithe.GetGroupCommand({ UserPoolId, GroupName: "readers" })), NotFound, /Group not found/);
  });

  it("manages users, their attributes, state and groups as an admin", async () => {
    const created = await admin.send(
      new lithe.AdminCreateUserCommand({ UserPoolId, Username: "alice", TemporaryPassword: TEMPORARY, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: emailOf("alice") }] }),
    );
    expect(created.User).toMatchObject({ Username: "alice", UserStatus: "FORCE_CHANGE_PASSWORD", Enabled: true });
    expect(attributes(created.User!.Attributes)).toMatchObject({ email: emailOf("alice"), sub: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    await createConfirmedUser(admin, UserPoolId, "bob", PASSWORD);
    expect(await getUser("bob")).toMatchObject({ Username: "bob", UserStatus: "CONFIRMED", Enabled: true });

    await admin.send(new lithe.AdminUpdateUserAttributesCommand({ UserPoolId, Username: "bob", UserAttributes: [{ Name: "custom:team", Value: "blue" }] }));
    expect(attributes((await getUser("bob")).UserAttributes)["custom:team"]).toBe("blue");
    await admin.send(new lithe.AdminDeleteUserAttributesCommand({ UserPoolId, Username: "bob", UserAttributeNames: ["custom:team"] }));
    expect(attributes((await getUser("bob")).UserAttributes)).not.toHaveProperty("custom:team");

    await admin.send(new lithe.AdminDisableUserCommand({ UserPoolId, Username: "bob" }));
    expect((await getUser("bob")).Enabled).toBe(false);
    // Cognito refuses a disabled user ("User is disabled."); cognito-local still signs them in.
    expect((await signIn("bob", PASSWORD)).AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    await admin.send(new lithe.AdminEnableUserCommand({ UserPoolId, Username: "bob" }));
    expect((await getUser("bob")).Enabled).toBe(true);

    await admin.send(new lithe.AdminAddUserToGroupCommand({ UserPoolId, Username: "bob", GroupName: "admins" }));
    expect((await admin.send(new lithe.AdminListGroupsForUserCommand({ UserPoolId, Username: "bob" }))).Groups!.map((g) => g.GroupName)).toEqual(["admins"]);
    expect((await admin.send(new lithe.ListUsersInGroupCommand({ UserPoolId, GroupName: "admins" }))).Users!.map((u) => u.Username)).toEqual(["bob"]);
    await admin.send(new lithe.AdminRemoveUserFromGroupCommand({ UserPoolId, Username: "bob", GroupName: "admins" }));
    expect((await admin.send(new lithe.AdminListGroupsForUserCommand({ UserPoolId, Username: "bob" }))).Groups).toEqual([]);

    await createConfirmedUser(admin, UserPoolId, "temp", PASSWORD);
    await admin.send(new lithe.AdminDeleteUserCommand({ UserPoolId, Username: "temp" }));
    await rejects(getUser("temp"), NoUser);
  });

  it("signs users up and confirms them with the code or as an admin", async () => {
    const carol = await secretApp.send(new lithe.SignUpCommand({ ClientId: backend.clientId, Username: "carol", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: emailOf("carol") }] }));
    expect(carol).toMatchObject({ UserConfirmed: false, UserSub: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(carol.CodeDeliveryDetails).toEqual({ AttributeName: "email", DeliveryMedium: "EMAIL", Destination: emailOf("carol") });
    const code = await local.getConfirmationCode(UserPoolId, "carol");
    await secretApp.send(new lithe.ConfirmSignUpCommand({ ClientId: backend.clientId, Username: "carol", ConfirmationCode: code! }));
    expect((await getUser("carol")).UserStatus).toBe("CONFIRMED");
    expect(sent.filter((r) => r.operation === "SignUp" || r.operation === "ConfirmSignUp").every((r) => typeof r.body.SecretHash === "string")).toBe(true);

    await app.send(new lithe.SignUpCommand({ ClientId: web.clientId, Username: "dave", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: emailOf("dave") }] }));
    expect((await getUser("dave")).UserStatus).toBe("UNCONFIRMED");
    await admin.send(new lithe.AdminConfirmSignUpCommand({ UserPoolId, Username: "dave" }));
    expect((await getUser("dave")).UserStatus).toBe("CONFIRMED");
  });

  it("answers NEW_PASSWORD_REQUIRED for an admin-created user and completes it", async () => {
    const challenge = await signIn("alice", TEMPORARY);
    expect(challenge).toMatchObject({ ChallengeName: "NEW_PASSWORD_REQUIRED", Session: expect.any(String), ChallengeParameters: { USER_ID_FOR_SRP: "alice" } });
    expect(challenge.AuthenticationResult).toBeUndefined();
    const done = await app.send(
      new lithe.RespondToAuthChallengeCommand({ ClientId: web.clientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: challenge.Session, ChallengeResponses: { USERNAME: "alice", NEW_PASSWORD: PASSWORD } }),
    );
    expect(jwtClaims(done.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "alice", token_use: "access" });
    expect((await getUser("alice")).UserStatus).toBe("CONFIRMED");
  });

  it("signs in, refreshes, signs in as an admin and revokes the refresh token", async () => {
    const tokens = (await signIn("bob", PASSWORD)).AuthenticationResult!;
    expect(jwtClaims(tokens.IdToken!)).toMatchObject({ "cognito:username": "bob", email: emailOf("bob"), token_use: "id", aud: web.clientId });
    const RefreshToken = tokens.RefreshToken!;
    const refreshed = await app.send(new lithe.InitiateAuthCommand({ ClientId: web.clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: RefreshToken } }));
    expect(refreshed.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String), IdToken: expect.any(String) });
    expect(refreshed.AuthenticationResult!.RefreshToken).toBeUndefined();

    const asAdmin = await admin.send(
      new lithe.AdminInitiateAuthCommand({ UserPoolId, ClientId: web.clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "bob", PASSWORD } }),
    );
    expect(jwtClaims(asAdmin.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "bob", client_id: web.clientId });

    await app.send(new lithe.RevokeTokenCommand({ ClientId: web.clientId, Token: RefreshToken }));
    await rejects(app.send(new lithe.InitiateAuthCommand({ ClientId: web.clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: RefreshToken } })), NotAuthorized);
  });

  it("lets a signed-in user read and change their attributes, verify their email and change their password", async () => {
    let AccessToken = await accessTokenOf("bob", PASSWORD);
    expect(await app.send(new lithe.GetUserCommand({ AccessToken }))).toMatchObject({ Username: "bob", UserAttributes: expect.arrayContaining([{ Name: "email", Value: emailOf("bob") }]) });

    const team = await app.send(new lithe.UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "custom:team", Value: "red" }] }));
    expect(team.CodeDeliveryDetailsList).toEqual([]);
    const newEmail = "bob.new@example.com";
    const email = await app.send(new lithe.UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "email", Value: newEmail }] }));
    expect(email.CodeDeliveryDetailsList).toEqual([{ AttributeName: "email", DeliveryMedium: "EMAIL", Destination: newEmail }]);
    expect(attributes((await app.send(new lithe.GetUserCommand({ AccessToken }))).UserAttributes)).toMatchObject({ email: newEmail, "custom:team": "red" });

    // The harness can read confirmation codes but not attribute verification codes; cognito-local
    // takes every code from the CODE variable when it is set, so the code is known for this call.
    vi.stubEnv("CODE", "424242");
    try {
      // Cognito answers CodeDeliveryDetails here; cognito-local answers {}.
      await app.send(new lithe.GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: "email" }));
    } finally {
      vi.unstubAllEnvs();
    }
    await rejects(app.send(new lithe.VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: "000000" })), CodeMismatch);
    await app.send(new lithe.VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: "424242" }));
    expect(attributes((await getUser("bob")).UserAttributes)).toMatchObject({ email: newEmail, email_verified: "true" });

    await app.send(new lithe.DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ["custom:team"] }));
    expect(attributes((await app.send(new lithe.GetUserCommand({ AccessToken }))).UserAttributes)).not.toHaveProperty("custom:team");

    await app.send(new lithe.ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "Second-Passw0rd!" }));
    AccessToken = await accessTokenOf("bob", "Second-Passw0rd!");
    expect(jwtClaims(AccessToken)).toMatchObject({ username: "bob" });
  });

  it("resets a forgotten password through the app client with a secret", async () => {
    const forgot = await secretApp.send(new lithe.ForgotPasswordCommand({ ClientId: backend.clientId, Username: "carol" }));
    expect(forgot.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", Destination: emailOf("carol") });
    const code = (await local.getConfirmationCode(UserPoolId, "carol"))!;
    await secretApp.send(new lithe.ConfirmForgotPasswordCommand({ ClientId: backend.clientId, Username: "carol", ConfirmationCode: code, Password: "Reset-Passw0rd!" }));
    expect((await signIn("carol", "Reset-Passw0rd!", secretApp, backend.clientId)).AuthenticationResult?.AccessToken).toEqual(expect.any(String));
  });

  it("sets up TOTP MFA and signs in through the SOFTWARE_TOKEN_MFA challenge", async () => {
    const AccessToken = await accessTokenOf("dave", PASSWORD);
    const { SecretCode } = await app.send(new lithe.AssociateSoftwareTokenCommand({ AccessToken }));
    expect(SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    // A code outside cognito-local's ±1 step window, so it is wrong for sure.
    const now = Date.now();
    const valid = [-30_000, 0, 30_000].map((shift) => totp(SecretCode!, now + shift));
    const wrong = ["000000", "111111", "222222", "333333"].find((code) => !valid.includes(code))!;
    await rejects(app.send(new lithe.VerifySoftwareTokenCommand({ AccessToken, UserCode: wrong })), CodeMismatch);
    const verified = await app.send(new lithe.VerifySoftwareTokenCommand({ AccessToken, UserCode: totp(SecretCode!), FriendlyDeviceName: "phone" }));
    expect(verified.Status).toBe("SUCCESS");

    await app.send(new lithe.SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    expect(await getUser("dave")).toMatchObject({ UserMFASettingList: ["SOFTWARE_TOKEN_MFA"], PreferredMfaSetting: "SOFTWARE_TOKEN_MFA" });

    const challenge = await signIn("dave", PASSWORD);
    expect(challenge).toMatchObject({ ChallengeName: "SOFTWARE_TOKEN_MFA", Session: expect.any(String) });
    const done = await app.send(
      new lithe.RespondToAuthChallengeCommand({ ClientId: web.clientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: challenge.Session, ChallengeResponses: { USERNAME: "dave", SOFTWARE_TOKEN_MFA_CODE: totp(SecretCode!) } }),
    );
    expect(jwtClaims(done.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "dave" });
  });

  it("lists and filters users, and pages through them with paginateListUsers", async () => {
    for (let i = 0; i < 10; i++) {
      await admin.send(new lithe.AdminCreateUserCommand({ UserPoolId, Username: `page-user-${i}`, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: emailOf(`page-user-${i}`) }] }));
    }
    const all = (await admin.send(new lithe.ListUsersCommand({ UserPoolId }))).Users!.map((u) => u.Username!);
    expect(all).toHaveLength(14); // alice, bob, carol, dave and the ten page users
    const filtered = await admin.send(new lithe.ListUsersCommand({ UserPoolId, Filter: 'username ^= "page-user-"' }));
    expect(filtered.Users!.map((u) => u.Username).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `page-user-${i}`));

    // cognito-local ignores Limit and never returns a PaginationToken: one page holds everyone.
    const direct = [];
    for await (const page of lithe.paginateListUsers({ client: admin, pageSize: 4 }, { UserPoolId })) direct.push(page);
    expect(direct.map((page) => page.Users!.length)).toEqual([14]);

    // Through a proxy that pages cognito-local's answer as Cognito does, the paginator follows the tokens.
    const proxy = await startListUsersPagingProxy(local.endpoint);
    const paged = localClient(proxy.url);
    try {
      const pages = [];
      for await (const page of lithe.paginateListUsers({ client: paged, pageSize: 4 }, { UserPoolId })) pages.push(page);
      expect(pages.map((page) => page.Users!.length)).toEqual([4, 4, 4, 2]);
      const seen = pages.flatMap((page) => page.Users!.map((u) => u.Username!));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.sort()).toEqual([...all].sort());
      expect(proxy.listUsersRequests.map((r) => r.Limit)).toEqual([4, 4, 4, 4]);
      expect(proxy.listUsersRequests.map((r) => r.PaginationToken)).toEqual([undefined, ...pages.slice(0, -1).map((p) => p.PaginationToken)]);
    } finally {
      paged.destroy();
      await proxy.close();
    }
  });

  it("deletes the signed-in user and a user pool", async () => {
    await app.send(new lithe.DeleteUserCommand({ AccessToken: await accessTokenOf("alice", PASSWORD) }));
    await rejects(getUser("alice"), NoUser, /User does not exist/);
    await admin.send(new lithe.DeleteUserPoolCommand({ UserPoolId: otherPoolId }));
    const pools = await admin.send(new lithe.ListUserPoolsCommand({ MaxResults: 60 }));
    expect(pools.UserPools!.map((p) => p.Id)).toEqual([UserPoolId]);
  });

  it("sent every operation cognito-local implements, each answered with 200 at least once", () => {
    const implemented = Object.keys(Targets).sort();
    expect(implemented).toHaveLength(50);
    const succeeded = new Set(sent.filter((r) => r.status === 200).map((r) => r.operation));
    expect([...succeeded].sort()).toEqual(implemented);
  });

  it("signed exactly the operations the model marks for SigV4, with the client's credentials", () => {
    const isSigned = (operation: string) => new (lithe as any)[`${operation}Command`]({}).operation.auth !== "none";
    const authorization = new RegExp(
      `^AWS4-HMAC-SHA256 Credential=${LOCAL_CREDENTIALS.accessKeyId}/\\d{8}/us-east-1/cognito-idp/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`,
    );
    for (const request of sent) {
      if (isSigned(request.operation)) expect(request.headers["authorization"], request.operation).toMatch(authorization);
      else expect([request.headers["authorization"], request.headers["x-amz-date"]], request.operation).toEqual([undefined, undefined]);
    }
    expect(new Set(sent.filter((r) => r.headers["authorization"]).map((r) => r.operation)).size).toBeGreaterThan(25);
  });
});
