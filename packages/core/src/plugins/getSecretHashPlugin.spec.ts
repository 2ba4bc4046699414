import { createHmac } from "node:crypto";
import { constructStack } from "@smithy/middleware-stack";
import type { InitializeHandlerArguments, Logger } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { callOptions } from "../client/callOptions.js";
import type { OperationSchema } from "../schema/types.js";
import { getSecretHashPlugin, type SecretHashPluginConfig } from "./getSecretHashPlugin.js";

const operation = (name: string, members: string[]): OperationSchema => ({
  name,
  input: { kind: "structure", name: `${name}Request`, members: Object.fromEntries(members.map((m) => [m, { target: "string" }])) },
  output: { kind: "structure", name: `${name}Response`, members: {} },
  errors: {},
  auth: "none",
});
const FORGOT_PASSWORD = operation("ForgotPassword", ["ClientId", "SecretHash", "UserContextData", "Username", "AnalyticsMetadata"]);
const GLOBAL_SIGN_OUT = operation("GlobalSignOut", ["AccessToken"]);
const INITIATE_AUTH = operation("InitiateAuth", ["AuthFlow", "AuthParameters", "ClientId"]);

const SECRET = "app-client-secret-1234567890";
const CLIENT_ID = "4lnd3fghu1v0bq8q3ur3ci4kgn";
const expectedHash = (secret: string, username: string) => createHmac("sha256", secret).update(username + CLIENT_ID).digest("base64");

const recordingLogger = () => {
  const warnings: string[] = [];
  const logger: Logger = { debug() {}, info() {}, warn: (message: string) => void warnings.push(message), error() {} };
  return { logger, warnings };
};

/** One "client": a real stack with the plugin, resolved per operation; records what reaches the end. */
const client = (config: SecretHashPluginConfig, ...extra: Array<(stack: ReturnType<typeof constructStack<any, any>>) => void>) => {
  const stack = constructStack<any, any>();
  stack.use(getSecretHashPlugin(config));
  for (const apply of extra) apply(stack);
  const received: any[] = [];
  const send = async (op: OperationSchema, input: object, options: { clientSecret?: string } = {}) => {
    const handler = stack.resolve(
      (async (args: InitializeHandlerArguments<any>) => {
        received.push(args.input);
        return { output: {} };
      }) as any,
      { operation: op, service: { signingName: "cognito-idp", targetPrefix: "AWSCognitoIdentityProviderService" } } as any,
    );
    await handler({ input, [callOptions]: options } as any);
    return received[received.length - 1];
  };
  return { send, received };
};

describe("secretHashMiddleware", () => {
  it("fills SecretHash from the Username and ClientId, without touching the caller's input", async () => {
    const input = Object.freeze({ ClientId: CLIENT_ID, Username: "alice" });
    const sent = await client({ clientSecret: SECRET }).send(FORGOT_PASSWORD, input);
    expect(sent).toEqual({ ClientId: CLIENT_ID, Username: "alice", SecretHash: expectedHash(SECRET, "alice") });
    expect(input).toEqual({ ClientId: CLIENT_ID, Username: "alice" });
  });

  it("keeps a SecretHash the caller set", async () => {
    const sent = await client({ clientSecret: SECRET }).send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "alice", SecretHash: "mine" });
    expect(sent.SecretHash).toBe("mine");
  });

  it("prefers the per-call client secret over the client's", async () => {
    const { send } = client({ clientSecret: SECRET });
    expect((await send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "bob" }, { clientSecret: "per-call" })).SecretHash).toBe(
      expectedHash("per-call", "bob"),
    );
    expect((await send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "bob" })).SecretHash).toBe(expectedHash(SECRET, "bob"));
  });

  it("uses a per-call secret when the client has none, and does nothing without any secret", async () => {
    const { send } = client({});
    const input = { ClientId: CLIENT_ID, Username: "bob" };
    expect(await send(FORGOT_PASSWORD, input)).toBe(input);
    expect((await send(FORGOT_PASSWORD, input, { clientSecret: SECRET })).SecretHash).toBe(expectedHash(SECRET, "bob"));
  });

  it("leaves operations without SecretHash, ClientId and Username members alone", async () => {
    const input = { AccessToken: "token", ClientId: CLIENT_ID, Username: "bob" };
    expect(await client({ clientSecret: SECRET }).send(GLOBAL_SIGN_OUT, input)).toBe(input);
  });

  it("hashes the Username that is sent, after other initialize middleware changed it", async () => {
    const { send } = client({ clientSecret: SECRET }, (stack) =>
      stack.add((next) => (args: any) => next({ ...args, input: { ...args.input, Username: args.input.Username.trim() } }), {
        step: "initialize",
        name: "trimUsername",
      }),
    );
    expect((await send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "  carol  " })).SecretHash).toBe(expectedHash(SECRET, "carol"));
  });

  it.each([
    ["InitiateAuth", "AuthParameters"],
    ["AdminInitiateAuth", "AuthParameters"],
    ["RespondToAuthChallenge", "ChallengeResponses"],
    ["AdminRespondToAuthChallenge", "ChallengeResponses"],
  ])("fills SECRET_HASH in %s's %s from its USERNAME", async (name, map) => {
    const op = operation(name, ["ClientId", map, "UserPoolId"]);
    const parameters = Object.freeze({ USERNAME: "dave", PASSWORD: "pw" });
    const sent = await client({ clientSecret: SECRET }).send(op, { ClientId: CLIENT_ID, [map]: parameters });
    expect(sent[map]).toEqual({ USERNAME: "dave", PASSWORD: "pw", SECRET_HASH: expectedHash(SECRET, "dave") });
    expect(parameters).toEqual({ USERNAME: "dave", PASSWORD: "pw" });
  });

  it("keeps a SECRET_HASH the caller set, and skips parameters without USERNAME", async () => {
    const { send } = client({ clientSecret: SECRET });
    const set = { AuthFlow: "USER_PASSWORD_AUTH", ClientId: CLIENT_ID, AuthParameters: { USERNAME: "dave", SECRET_HASH: "mine" } };
    expect(await send(INITIATE_AUTH, set)).toBe(set);
    const refresh = { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: CLIENT_ID, AuthParameters: { REFRESH_TOKEN: "t" } };
    expect(await send(INITIATE_AUTH, refresh)).toBe(refresh);
  });

  it("warns once per client in a browser, never with the secret", async () => {
    const { logger, warnings } = recordingLogger();
    const first = client({ clientSecret: SECRET, logger, isBrowser: true });
    await first.send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "a" });
    await first.send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "b" });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/client secret/i);
    expect(warnings[0]).not.toContain(SECRET);
    await client({ clientSecret: SECRET, logger, isBrowser: true }).send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "a" });
    expect(warnings).toHaveLength(2);
  });

  it("does not warn outside browsers", async () => {
    const { logger, warnings } = recordingLogger();
    await client({ clientSecret: SECRET, logger }).send(FORGOT_PASSWORD, { ClientId: CLIENT_ID, Username: "a" });
    expect(warnings).toHaveLength(0);
  });
});
