// Every operation cognito-local implements, at least once, through lithe: pools, app clients,
// groups, users, attributes, sign-up, sign-in and challenges, tokens, MFA, listing, deletion.
// The stages share one pool and run in order. Where cognito-local differs from Cognito, the test
// asserts what it does and says how Cognito differs.
import { createRequire } from "node:module";
import * as lithe from "@lithe/client-cognito-identity-provider";
import {
  CodeMismatchException as CodeMismatch,
  NotAuthorizedException as NotAuthorized,
  ResourceNotFoundException as NotFound,
  UserNotFoundException as NoUser,
} from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import {
  type AppClient,
  attributeMap as attributes,
  createAppClient,
  createConfirmedUser,
  createPool,
  emailOf,
  expectServiceError as rejects,
  jwtClaims,
  LOCAL_CREDENTIALS,
  localClient,
} from "./support/cognitoLocalSetup.js";
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

const getUser = (Username: string) => admin.send(new lithe.AdminGetUserCommand({ UserPoolId, Username }));
const createUser = (Username: string, TemporaryPassword?: string) =>
  admin.send(
    new lithe.AdminCreateUserCommand({
      UserPoolId,
      Username,
      TemporaryPassword,
      MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: emailOf(Username) }],
    }),
  );
const groupsOf = async (Username: string) =>
  (await admin.send(new lithe.AdminListGroupsForUserCommand({ UserPoolId, Username }))).Groups!.map((g) => g.GroupName);
const membersOf = async (GroupName: string) =>
  (await admin.send(new lithe.ListUsersInGroupCommand({ UserPoolId, GroupName }))).Users!.map((u) => u.Username);
const signIn = (USERNAME: string, PASSWORD: string, on = app, ClientId = web.clientId) =>
  on.send(new lithe.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }));
const refresh = (REFRESH_TOKEN: string) =>
  app.send(new lithe.InitiateAuthCommand({ ClientId: web.clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN } }));
const accessTokenOf = async (Username: string, password: string) => (await signIn(Username, password)).AuthenticationResult!.AccessToken!;
const userAttributesOf = async (AccessToken: string) =>
  attributes((await app.send(new lithe.GetUserCommand({ AccessToken }))).UserAttributes);

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

    await admin.send(
      new lithe.UpdateUserPoolCommand({ UserPoolId, AutoVerifiedAttributes: ["email"], MfaConfiguration: "OPTIONAL", UserPoolTags: { team: "lithe" } }),
    );
    await admin.send(
      new lithe.AddCustomAttributesCommand({ UserPoolId, CustomAttributes: [{ Name: "team", AttributeDataType: "String", Mutable: true }] }),
    );
    const { UserPool } = await admin.send(new lithe.DescribeUserPoolCommand({ UserPoolId }));
    expect(UserPool).toMatchObject({ Id: UserPoolId, MfaConfiguration: "OPTIONAL", UserPoolTags: { team: "lithe" } });
    expect(UserPool!.SchemaAttributes!.map((a) => a.Name)).toEqual(expect.arrayContaining(["email", "custom:team"]));

    const mfa = { MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } } as const;
    expect(await admin.send(new lithe.SetUserPoolMfaConfigCommand({ UserPoolId, ...mfa }))).toMatchObject(mfa);
    expect(await admin.send(new lithe.GetUserPoolMfaConfigCommand({ UserPoolId }))).toMatchObject(mfa);
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
    const updated = await admin.send(
      new lithe.UpdateUserPoolClientCommand({ UserPoolId, ClientId: web.clientId, ClientName: "web-app", AccessTokenValidity: 2 }),
    );
    expect(updated.UserPoolClient).toMatchObject({ ClientName: "web-app", AccessTokenValidity: 2 });
    const described = await admin.send(new lithe.DescribeUserPoolClientCommand({ UserPoolId, ClientId: web.clientId }));
    expect(described.UserPoolClient).toMatchObject({ ClientId: web.clientId, ClientName: "web-app", UserPoolId });
    expect(described.UserPoolClient!.ExplicitAuthFlows).toContain("ALLOW_USER_PASSWORD_AUTH");

    await admin.send(new lithe.DeleteUserPoolClientCommand({ UserPoolId, ClientId: doomed.clientId }));
    await rejects(admin.send(new lithe.DescribeUserPoolClientCommand({ UserPoolId, ClientId: doomed.clientId })), NotFound);
  });

  it("creates, reads, updates, lists and deletes groups", async () => {
    const created = await admin.send(
      new lithe.CreateGroupCommand({ UserPoolId, GroupName: "admins", Description: "Admins", Precedence: 1 }),
    );
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
    const created = await createUser("alice", TEMPORARY);
    expect(created.User).toMatchObject({ Username: "alice", UserStatus: "FORCE_CHANGE_PASSWORD", Enabled: true });
    expect(attributes(created.User!.Attributes)).toMatchObject({
      email: emailOf("alice"),
      sub: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    await createConfirmedUser(admin, UserPoolId, "bob", PASSWORD);
    expect(await getUser("bob")).toMatchObject({ Username: "bob", UserStatus: "CONFIRMED", Enabled: true });

    await admin.send(
      new lithe.AdminUpdateUserAttributesCommand({ UserPoolId, Username: "bob", UserAttributes: [{ Name: "custom:team", Value: "blue" }] }),
    );
    expect(attributes((await getUser("bob")).UserAttributes)["custom:team"]).toBe("blue");
    await admin.send(
      new lithe.AdminDeleteUserAttributesCommand({ UserPoolId, Username: "bob", UserAttributeNames: ["custom:team"] }),
    );
    expect(attributes((await getUser("bob")).UserAttributes)).not.toHaveProperty("custom:team");

    await admin.send(new lithe.AdminDisableUserCommand({ UserPoolId, Username: "bob" }));
    expect((await getUser("bob")).Enabled).toBe(false);
    // Cognito refuses a disabled user ("User is disabled."); cognito-local still signs them in.
    expect((await signIn("bob", PASSWORD)).AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    await admin.send(new lithe.AdminEnableUserCommand({ UserPoolId, Username: "bob" }));
    expect((await getUser("bob")).Enabled).toBe(true);

    await admin.send(new lithe.AdminAddUserToGroupCommand({ UserPoolId, Username: "bob", GroupName: "admins" }));
    expect(await groupsOf("bob")).toEqual(["admins"]);
    expect(await membersOf("admins")).toEqual(["bob"]);
    await admin.send(new lithe.AdminRemoveUserFromGroupCommand({ UserPoolId, Username: "bob", GroupName: "admins" }));
    expect(await groupsOf("bob")).toEqual([]);
    expect(await membersOf("admins")).toEqual([]);

    await createConfirmedUser(admin, UserPoolId, "temp", PASSWORD);
    await admin.send(new lithe.AdminDeleteUserCommand({ UserPoolId, Username: "temp" }));
    await rejects(getUser("temp"), NoUser);
  });

  it("signs users up and confirms them with the code or as an admin", async () => {
    const signUp = (on: lithe.CognitoIdentityProviderClient, ClientId: string, Username: string) => {
      const UserAttributes = [{ Name: "email", Value: emailOf(Username) }];
      return on.send(new lithe.SignUpCommand({ ClientId, Username, Password: PASSWORD, UserAttributes }));
    };
    const carol = await signUp(secretApp, backend.clientId, "carol");
    expect(carol).toMatchObject({ UserConfirmed: false, UserSub: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(carol.CodeDeliveryDetails).toEqual({ AttributeName: "email", DeliveryMedium: "EMAIL", Destination: emailOf("carol") });
    const code = await local.getConfirmationCode(UserPoolId, "carol");
    await secretApp.send(new lithe.ConfirmSignUpCommand({ ClientId: backend.clientId, Username: "carol", ConfirmationCode: code! }));
    expect((await getUser("carol")).UserStatus).toBe("CONFIRMED");
    const withSecret = sent.filter((r) => r.operation === "SignUp" || r.operation === "ConfirmSignUp");
    expect(withSecret.map((r) => typeof r.body.SecretHash)).toEqual(["string", "string"]);

    await signUp(app, web.clientId, "dave");
    expect((await getUser("dave")).UserStatus).toBe("UNCONFIRMED");
    await admin.send(new lithe.AdminConfirmSignUpCommand({ UserPoolId, Username: "dave" }));
    expect((await getUser("dave")).UserStatus).toBe("CONFIRMED");
  });

  it("answers NEW_PASSWORD_REQUIRED for an admin-created user and completes it", async () => {
    const challenge = await signIn("alice", TEMPORARY);
    expect(challenge).toMatchObject({
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      Session: expect.any(String),
      ChallengeParameters: { USER_ID_FOR_SRP: "alice" },
    });
    expect(challenge.AuthenticationResult).toBeUndefined();
    const done = await app.send(
      new lithe.RespondToAuthChallengeCommand({
        ClientId: web.clientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "alice", NEW_PASSWORD: PASSWORD },
      }),
    );
    expect(jwtClaims(done.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "alice", token_use: "access" });
    expect((await getUser("alice")).UserStatus).toBe("CONFIRMED");
  });

  it("signs in, refreshes, signs in as an admin and revokes the refresh token", async () => {
    const tokens = (await signIn("bob", PASSWORD)).AuthenticationResult!;
    expect(jwtClaims(tokens.IdToken!)).toMatchObject({ "cognito:username": "bob", email: emailOf("bob"), token_use: "id", aud: web.clientId });
    const RefreshToken = tokens.RefreshToken!;
    const refreshed = await refresh(RefreshToken);
    expect(refreshed.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String), IdToken: expect.any(String) });
    expect(refreshed.AuthenticationResult!.RefreshToken).toBeUndefined();

    const asAdmin = await admin.send(
      new lithe.AdminInitiateAuthCommand({
        UserPoolId,
        ClientId: web.clientId,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "bob", PASSWORD },
      }),
    );
    expect(jwtClaims(asAdmin.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "bob", client_id: web.clientId });

    await app.send(new lithe.RevokeTokenCommand({ ClientId: web.clientId, Token: RefreshToken }));
    await rejects(refresh(RefreshToken), NotAuthorized);
  });

  it("lets a signed-in user read and change their attributes, verify their email and change their password", async () => {
    let AccessToken = await accessTokenOf("bob", PASSWORD);
    const me = await app.send(new lithe.GetUserCommand({ AccessToken }));
    expect(me).toMatchObject({ Username: "bob", UserAttributes: expect.arrayContaining([{ Name: "email", Value: emailOf("bob") }]) });

    const update = (Name: string, Value: string) =>
      app.send(new lithe.UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name, Value }] }));
    expect((await update("custom:team", "red")).CodeDeliveryDetailsList).toEqual([]);
    const newEmail = "bob.new@example.com";
    const email = await update("email", newEmail);
    expect(email.CodeDeliveryDetailsList).toEqual([{ AttributeName: "email", DeliveryMedium: "EMAIL", Destination: newEmail }]);
    expect(await userAttributesOf(AccessToken)).toMatchObject({ email: newEmail, "custom:team": "red" });

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
    expect(await userAttributesOf(AccessToken)).not.toHaveProperty("custom:team");

    await app.send(new lithe.ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "Second-Passw0rd!" }));
    AccessToken = await accessTokenOf("bob", "Second-Passw0rd!");
    expect(jwtClaims(AccessToken)).toMatchObject({ username: "bob" });
  });

  it("resets a forgotten password through the app client with a secret", async () => {
    const forgot = await secretApp.send(new lithe.ForgotPasswordCommand({ ClientId: backend.clientId, Username: "carol" }));
    expect(forgot.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", Destination: emailOf("carol") });
    const code = (await local.getConfirmationCode(UserPoolId, "carol"))!;
    await secretApp.send(
      new lithe.ConfirmForgotPasswordCommand({ ClientId: backend.clientId, Username: "carol", ConfirmationCode: code, Password: "Reset-Passw0rd!" }),
    );
    const auth = await signIn("carol", "Reset-Passw0rd!", secretApp, backend.clientId);
    expect(auth.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    expect(sent.at(-1)!.body.AuthParameters.SECRET_HASH).toEqual(expect.any(String));
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
    const verified = await app.send(
      new lithe.VerifySoftwareTokenCommand({ AccessToken, UserCode: totp(SecretCode!), FriendlyDeviceName: "phone" }),
    );
    expect(verified.Status).toBe("SUCCESS");

    await app.send(new lithe.SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    expect(await getUser("dave")).toMatchObject({ UserMFASettingList: ["SOFTWARE_TOKEN_MFA"], PreferredMfaSetting: "SOFTWARE_TOKEN_MFA" });

    const challenge = await signIn("dave", PASSWORD);
    expect(challenge).toMatchObject({ ChallengeName: "SOFTWARE_TOKEN_MFA", Session: expect.any(String) });
    const done = await app.send(
      new lithe.RespondToAuthChallengeCommand({
        ClientId: web.clientId,
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "dave", SOFTWARE_TOKEN_MFA_CODE: totp(SecretCode!) },
      }),
    );
    expect(jwtClaims(done.AuthenticationResult!.AccessToken!)).toMatchObject({ username: "dave" });
  });

  it("lists users and filters them by username prefix", async () => {
    const pageUsers = ["page-user-0", "page-user-1", "page-user-2"];
    for (const username of pageUsers) await createUser(username);
    // cognito-local ignores Limit (one page, never a PaginationToken); paginateListUsers.integ.spec.ts pages.
    const all = await admin.send(new lithe.ListUsersCommand({ UserPoolId, Limit: 2 }));
    expect(all.Users!.map((u) => u.Username).sort()).toEqual(["alice", "bob", "carol", "dave", ...pageUsers]);
    expect(all.PaginationToken).toBeUndefined();
    const filtered = await admin.send(new lithe.ListUsersCommand({ UserPoolId, Filter: 'username ^= "page-user-"' }));
    expect(filtered.Users!.map((u) => u.Username).sort()).toEqual(pageUsers);
    expect(filtered.Users![0]).toMatchObject({ Enabled: true, UserStatus: "FORCE_CHANGE_PASSWORD", UserCreateDate: expect.any(Date) });
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
