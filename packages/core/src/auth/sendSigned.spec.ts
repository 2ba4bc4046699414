import { constructStack } from "@smithy/middleware-stack";
import { HttpRequest } from "@smithy/protocol-http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveClientConfig } from "../client/resolveClientConfig.js";
import { getSigningPlugin } from "../plugins/getSigningPlugin.js";
import type { OperationSchema } from "../schema/types.js";
import { testService } from "../../test/support/testService.js";
import { sigv4 } from "./sigv4.js";

// A client given no credentials gets the default chain, but only once a signed call needs it:
// the chain's code lives behind `sigv4`, so apps with unsigned commands only never bundle it.
const service = testService({ signingName: "cognito-idp" });
const operation = (name: string, auth: OperationSchema["auth"]): OperationSchema => ({
  name,
  input: { kind: "structure", name: `${name}Request`, members: {} },
  output: { kind: "structure", name: `${name}Response`, members: {} },
  errors: {},
  auth,
});

const VARS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"] as const;
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(VARS.map((name) => [name, process.env[name]]));
  for (const name of VARS) delete process.env[name];
  process.env.AWS_ACCESS_KEY_ID = "AKIDFROMENVIRONMENT";
  process.env.AWS_SECRET_ACCESS_KEY = "secret-from-environment";
});
afterEach(() => {
  for (const name of VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const send = async (config: ReturnType<typeof resolveClientConfig>, op: OperationSchema) => {
  const stack = constructStack<any, any>();
  stack.use(getSigningPlugin(config as any));
  const sent: HttpRequest[] = [];
  const handler = stack.resolve(
    (async (args: { request: HttpRequest }) => {
      sent.push(args.request);
      return { output: {} };
    }) as any,
    { operation: op, service } as any,
  );
  const request = new HttpRequest({ method: "POST", hostname: "cognito-idp.us-east-1.amazonaws.com", path: "/", headers: {}, body: "{}" });
  await handler({ input: {}, request } as any);
  return sent[0]!;
};

describe("credentials of a client given none", () => {
  it("are not looked up until a signed call, then come from the default chain and are kept", async () => {
    const config = resolveClientConfig({ region: "us-east-1" }, service);
    expect(config.credentials).toBeUndefined();
    expect(config.defaultCredentialChain).toBe(true);

    const unsigned = await send(config, operation("ForgotPassword", "none"));
    expect(unsigned.headers["authorization"]).toBeUndefined();
    expect(config.credentials).toBeUndefined();

    const signed = await send(config, operation("AdminGetUser", sigv4));
    expect(signed.headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDFROMENVIRONMENT\//);
    const provider = config.credentials;
    expect(provider).toBeTypeOf("function");
    await send(config, operation("AdminGetUser", sigv4));
    expect(config.credentials).toBe(provider);
  });

  it("are the given ones when the client has some, without the default chain", async () => {
    const config = resolveClientConfig({ region: "us-east-1", credentials: { accessKeyId: "AKIDGIVEN", secretAccessKey: "s" } }, service);
    expect(config.defaultCredentialChain).toBe(false);
    const signed = await send(config, operation("AdminGetUser", sigv4));
    expect(signed.headers["authorization"]).toMatch(/Credential=AKIDGIVEN\//);
  });
});
