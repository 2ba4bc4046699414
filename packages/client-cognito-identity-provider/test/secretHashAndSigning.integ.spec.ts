// What cognito-local never checks, checked on a loopback server: the SecretHash lithe computes from
// an app client secret (against HMAC-SHA256 computed here with node:crypto) and the SigV4 signature
// of signed commands (re-computed from what arrived with @smithy/signature-v4 and the known keys).
import { createHash, createHmac } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import * as lithe from "@lithe/client-cognito-identity-provider";
import type { CallOptions, Command } from "@lithe/core";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startScriptedServer, type RecordedRequest, type ScriptedServer } from "../../core/test/support/scriptedServer.js";

const REGION = "eu-west-1";
const CLIENT_ID = "3n4b5urk1ft4fl3mg5e62d9ado";
const CLIENT_SECRET = "1example23456789abcdefghijklmnopqrstuvwxyzABCDEF/+=";
const OTHER_SECRET = "another-app-client-secret-used-for-one-call";
const KEYS = { accessKeyId: "AKIDSIGNINGTEST00001", secretAccessKey: "signing/test+secret=key0000000000000001" };

/** Base64(HMAC-SHA256(key = client secret, message = username + client id)), independently of lithe. */
const secretHash = (username: string, secret = CLIENT_SECRET, clientId = CLIENT_ID) =>
  createHmac("sha256", secret).update(username + clientId, "utf8").digest("base64");

let server: ScriptedServer;
const clients: lithe.CognitoIdentityProviderClient[] = [];
/** How often any client's credential provider was asked. */
let credentialLookups = 0;

const clientWith = (config: lithe.CognitoIdentityProviderClientConfig = {}) => {
  const created = new lithe.CognitoIdentityProviderClient({
    region: REGION,
    endpoint: server.url,
    maxAttempts: 1,
    credentials: async () => {
      credentialLookups++;
      return KEYS;
    },
    ...config,
  });
  clients.push(created);
  return created;
};

/** Sends the command and returns the one request the server received for it, body parsed. */
const sendAndCapture = async (client: lithe.CognitoIdentityProviderClient, command: Command<any, any>, options?: CallOptions) => {
  const before = server.requests.length;
  await client.send(command, options);
  expect(server.requests.length - before).toBe(1);
  const request = server.requests.at(-1)!;
  return { request, body: JSON.parse(request.body.toString("utf8")) };
};

beforeAll(async () => {
  server = await startScriptedServer();
});

beforeEach(() => {
  credentialLookups = 0;
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

const expectUnsigned = (request: RecordedRequest) => {
  for (const header of ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]) {
    expect(request.headers[header], header).toBeUndefined();
  }
};

// Where each user-facing operation carries the hash, and an input for it.
const USERNAME = "jane.doe@example.com";
const who = { ClientId: CLIENT_ID, Username: USERNAME };
const cases: Array<[string, () => Command<any, any>, (body: any) => unknown]> = [
  ["ForgotPassword", () => new lithe.ForgotPasswordCommand(who), (b) => b.SecretHash],
  [
    "ConfirmForgotPassword",
    () => new lithe.ConfirmForgotPasswordCommand({ ...who, ConfirmationCode: "123456", Password: "N3w-Passw0rd!" }),
    (b) => b.SecretHash,
  ],
  ["SignUp", () => new lithe.SignUpCommand({ ...who, Password: "Passw0rd!" }), (b) => b.SecretHash],
  ["ConfirmSignUp", () => new lithe.ConfirmSignUpCommand({ ...who, ConfirmationCode: "123456" }), (b) => b.SecretHash],
  ["ResendConfirmationCode", () => new lithe.ResendConfirmationCodeCommand(who), (b) => b.SecretHash],
  [
    "InitiateAuth",
    () => new lithe.InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: "pw" } }),
    (b) => b.AuthParameters.SECRET_HASH,
  ],
  [
    "RespondToAuthChallenge",
    () =>
      new lithe.RespondToAuthChallengeCommand({
        ClientId: CLIENT_ID,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: "session-from-initiate-auth",
        ChallengeResponses: { USERNAME, NEW_PASSWORD: "N3w-Passw0rd!" },
      }),
    (b) => b.ChallengeResponses.SECRET_HASH,
  ],
];

describe("SecretHash", () => {
  it.each(cases)("%s carries Base64(HMAC-SHA256(secret, username + client id)) from the client's secret", async (_, command, hashIn) => {
    const { request, body } = await sendAndCapture(clientWith({ clientSecret: CLIENT_SECRET }), command());
    expect(hashIn(body)).toBe(secretHash(USERNAME));
    expectUnsigned(request);
    expect(credentialLookups).toBe(0);
  });

  it.each(cases)("%s takes a per-call clientSecret, which wins over the client's", async (_, command, hashIn) => {
    const withoutSecret = await sendAndCapture(clientWith(), command(), { clientSecret: OTHER_SECRET });
    expect(hashIn(withoutSecret.body)).toBe(secretHash(USERNAME, OTHER_SECRET));
    const overriding = await sendAndCapture(clientWith({ clientSecret: CLIENT_SECRET }), command(), { clientSecret: OTHER_SECRET });
    expect(hashIn(overriding.body)).toBe(secretHash(USERNAME, OTHER_SECRET));
  });

  it.each(cases)("%s carries no SecretHash when there is no secret", async (_, command, hashIn) => {
    const { body } = await sendAndCapture(clientWith(), command());
    expect(hashIn(body)).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/SECRET_HASH|SecretHash/);
  });

  it("hashes exactly the username that is sent: unicode, unnormalized, as UTF-8", async () => {
    const client = clientWith({ clientSecret: CLIENT_SECRET });
    const decomposed = "Jose\u0301-\u{1F600}-\u05E9\u05DC\u05D5\u05DD"; // e + combining accent, emoji, Hebrew
    const { body } = await sendAndCapture(client, new lithe.ForgotPasswordCommand({ ClientId: CLIENT_ID, Username: decomposed }));
    expect(body.Username).toBe(decomposed);
    expect(body.SecretHash).toBe(secretHash(decomposed));
    expect(body.SecretHash).not.toBe(secretHash(decomposed.normalize("NFC")));
  });

  it("keeps a SecretHash or SECRET_HASH the caller set", async () => {
    const client = clientWith({ clientSecret: CLIENT_SECRET });
    const mine = "callerComputed+Hash/Value=";
    const forgot = await sendAndCapture(client, new lithe.ForgotPasswordCommand({ ...who, SecretHash: mine }));
    expect(forgot.body.SecretHash).toBe(mine);
    const AuthParameters = { USERNAME, PASSWORD: "p", SECRET_HASH: mine };
    const auth = await sendAndCapture(client, new lithe.InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters }));
    expect(auth.body.AuthParameters).toEqual({ USERNAME, PASSWORD: "p", SECRET_HASH: mine });
  });

  it("fills AuthParameters.SECRET_HASH of AdminInitiateAuth too, and signs that request", async () => {
    const { request, body } = await sendAndCapture(
      clientWith({ clientSecret: CLIENT_SECRET }),
      new lithe.AdminInitiateAuthCommand({
        UserPoolId: "eu-west-1_Example1",
        ClientId: CLIENT_ID,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME, PASSWORD: "Passw0rd!" },
      }),
    );
    expect(body.AuthParameters.SECRET_HASH).toBe(secretHash(USERNAME));
    await expect(verifySignature(request, KEYS)).resolves.toBe(true);
  });
});

describe("SigV4", () => {
  const SESSION = { ...KEYS, sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE//session+token=" };
  const signedCommands: Array<[string, () => Command<any, any>]> = [
    ["AdminGetUser", () => new lithe.AdminGetUserCommand({ UserPoolId: "eu-west-1_Example1", Username: USERNAME })],
    [
      "AdminCreateUser",
      () =>
        new lithe.AdminCreateUserCommand({
          UserPoolId: "eu-west-1_Example1",
          Username: "zoë-\u{1F600}",
          UserAttributes: [{ Name: "name", Value: "Zoë \u05E9\u05DC\u05D5\u05DD" }],
          MessageAction: "SUPPRESS",
        }),
    ],
    ["CreateUserPool", () => new lithe.CreateUserPoolCommand({ PoolName: "signed pool", Policies: { PasswordPolicy: { MinimumLength: 9 } } })],
    ["ListUsers", () => new lithe.ListUsersCommand({ UserPoolId: "eu-west-1_Example1", Filter: 'email ^= "a+b=c/d"', Limit: 5 })],
  ];

  it.each(signedCommands)("%s arrives with a signature the server re-computes from what it received", async (_, command) => {
    const { request } = await sendAndCapture(clientWith(), command());
    const scope = new RegExp(`^AWS4-HMAC-SHA256 Credential=${KEYS.accessKeyId}/\\d{8}/${REGION}/cognito-idp/aws4_request, `);
    expect(request.headers["authorization"]).toMatch(scope);
    await expect(verifySignature(request, KEYS)).resolves.toBe(true);
    expect(credentialLookups).toBe(1);
  });

  it("signs X-Amz-Security-Token for session credentials", async () => {
    const { request } = await sendAndCapture(clientWith({ credentials: SESSION }), signedCommands[0]![1]());
    expect(request.headers["x-amz-security-token"]).toBe(SESSION.sessionToken);
    expect(signedHeadersOf(request)).toContain("x-amz-security-token");
    await expect(verifySignature(request, KEYS)).resolves.toBe(true);
    // The token is covered by the signature: the same request with another token does not verify.
    const otherToken = { ...request, headers: { ...request.headers, "x-amz-security-token": "another-session-token" } };
    await expect(verifySignature(otherToken, KEYS)).resolves.toBe(false);
  });

  it("signs each attempt afresh when a call is retried", async () => {
    server.script({ status: 500, headers: { "content-type": "application/x-amz-json-1.1" }, body: '{"__type":"InternalErrorException"}' });
    const before = server.requests.length;
    await clientWith({ maxAttempts: 2 }).send(signedCommands[0]![1]());
    const attempts = server.requests.slice(before);
    expect(attempts.map((r) => r.headers["amz-sdk-request"])).toEqual(["attempt=1; max=2", "attempt=2; max=2"]);
    for (const attempt of attempts) await expect(verifySignature(attempt, KEYS)).resolves.toBe(true);
    expect(attempts[0]!.headers["authorization"]).not.toBe(attempts[1]!.headers["authorization"]);
  });

  it("rejects what was changed after signing: the check is not vacuous", async () => {
    const { request } = await sendAndCapture(clientWith(), signedCommands[0]![1]());
    const tampered = { ...request, body: Buffer.from(request.body.toString("utf8").replace(USERNAME, "mallory@example.com")) };
    await expect(verifySignature(tampered, KEYS)).resolves.toBe(false);
    await expect(verifySignature(request, { ...KEYS, secretAccessKey: `${KEYS.secretAccessKey}x` })).resolves.toBe(false);
  });

  it.each(cases)("%s (unsigned) carries no Authorization and asks for no credentials", async (_, command) => {
    const { request } = await sendAndCapture(clientWith(), command());
    expectUnsigned(request);
    expect(credentialLookups).toBe(0);
  });
});

const signedHeadersOf = (request: RecordedRequest): string[] =>
  /SignedHeaders=([^,]+)/.exec(String(request.headers["authorization"]))?.[1]?.split(";") ?? [];

/**
 * What a SigV4 service does: rebuild the request from what arrived (method, path, the headers the
 * client says it signed, the body), sign it with the caller's known keys at the X-Amz-Date the
 * request carries, and compare the Authorization headers. The payload hash is taken from the body
 * itself, not from the X-Amz-Content-Sha256 header the client sent (that is checked separately);
 * a session token is the one the request carries.
 */
async function verifySignature(request: RecordedRequest, keys: { accessKeyId: string; secretAccessKey: string }) {
  const authorization = String(request.headers["authorization"] ?? "");
  const amzDate = String(request.headers["x-amz-date"] ?? "");
  const signedHeaders = signedHeadersOf(request);
  for (const required of ["host", "x-amz-date", "x-amz-target", "content-type"]) expect(signedHeaders).toContain(required);
  const payloadHash = createHash("sha256").update(request.body).digest("hex");
  const claimed = request.headers["x-amz-content-sha256"];
  if (claimed !== undefined && claimed !== payloadHash) return false;

  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    if (name === "x-amz-content-sha256") continue;
    const value = request.headers[name];
    headers[name] = Array.isArray(value) ? value.join(",") : String(value ?? "");
  }
  const { port } = new URL(server.url);
  const { method, path, body } = request;
  const rebuilt = new HttpRequest({ method, protocol: "http:", hostname: "127.0.0.1", port: Number(port), path, headers, body });
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  const token = request.headers["x-amz-security-token"];
  const credentials = typeof token === "string" ? { ...keys, sessionToken: token } : keys;
  const applyChecksum = claimed !== undefined;
  const signer = new SignatureV4({ credentials, region: REGION, service: "cognito-idp", sha256: Sha256, applyChecksum });
  const expected = await signer.sign(rebuilt, { signingDate });
  return expected.headers["authorization"] === authorization;
}
