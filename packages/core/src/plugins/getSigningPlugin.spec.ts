import { sigv4 } from "../auth/sigv4.js";
import { Sha256 } from "@aws-crypto/sha256-js";
import { constructStack } from "@smithy/middleware-stack";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { FinalizeHandlerArguments, FinalizeRequestMiddleware } from "@smithy/types";
import { describe, expect, it } from "vitest";
import type { AwsCredentials } from "../auth/credentials.js";
import { CredentialsProviderError } from "../auth/CredentialsProviderError.js";
import type { OperationSchema } from "../schema/types.js";
import { getSigningPlugin, httpSigningMiddlewareOptions, type SigningPluginConfig } from "./getSigningPlugin.js";

const operation = (name: string, auth: typeof sigv4 | "none"): OperationSchema => ({
  name,
  input: { kind: "structure", name: `${name}Request`, members: {} },
  output: { kind: "structure", name: `${name}Response`, members: {} },
  errors: {},
  auth,
});
const ADMIN_GET_USER = operation("AdminGetUser", sigv4);
const FORGOT_PASSWORD = operation("ForgotPassword", "none");
const CREDENTIALS: AwsCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret-key", sessionToken: "token" };

const unsignedRequest = () =>
  new HttpRequest({
    method: "POST",
    hostname: "cognito-idp.eu-west-1.amazonaws.com",
    path: "/",
    headers: {
      host: "cognito-idp.eu-west-1.amazonaws.com",
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.AdminGetUser",
    },
    body: '{"UserPoolId":"eu-west-1_abc","Username":"alice"}',
  });

/** A stand-in for the retry middleware: the real placement (finalizeRequest, high), `attempts` tries. */
const retryMiddleware =
  (attempts: number): FinalizeRequestMiddleware<any, any> =>
  (next) =>
  async (args) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(args);
      } catch (error) {
        if (attempt >= attempts) throw error;
      }
    }
  };

/** Resolves a real stack around a terminal handler that records each request and answers via `respond`. */
const run = async (options: {
  config: SigningPluginConfig;
  operation: OperationSchema;
  retries?: number;
  respond?: (request: HttpRequest, sent: number) => unknown;
}) => {
  const stack = constructStack<any, any>();
  stack.use(getSigningPlugin(options.config)); // added before retry on purpose: placement must not depend on order
  if (options.retries) stack.add(retryMiddleware(options.retries), { step: "finalizeRequest", priority: "high", name: "retryMiddleware" });
  const sent: HttpRequest[] = [];
  const handler = stack.resolve(
    async (args: FinalizeHandlerArguments<any>) => {
      sent.push(args.request as HttpRequest);
      const output = options.respond?.(args.request as HttpRequest, sent.length);
      return { output: output ?? {}, response: new HttpResponse({ statusCode: 200, headers: {} }) };
    },
    { operation: options.operation, service: { signingName: "cognito-idp", targetPrefix: "AWSCognitoIdentityProviderService" }, logger: undefined } as any,
  );
  const request = unsignedRequest();
  const before = JSON.stringify(request);
  const result = handler({ input: {}, request } as any);
  return { result, sent, request, before };
};

/** Re-signs what was sent with @smithy/signature-v4 at the same instant: the signatures must agree. */
const expectValidSignature = async (sent: HttpRequest, credentials: AwsCredentials, region: string) => {
  const amzDate = sent.headers["x-amz-date"]!;
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  const unsigned = HttpRequest.clone(sent);
  delete unsigned.headers["authorization"];
  const expected = await new SignatureV4({ credentials, region, service: "cognito-idp", sha256: Sha256, applyChecksum: false }).sign(unsigned, {
    signingDate,
  });
  expect(sent.headers["authorization"]).toBe(expected.headers["authorization"]);
};

const amzDateMs = (request: HttpRequest) =>
  Date.parse(request.headers["x-amz-date"]!.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));

const skewError = (name: string, serverDate: Date) => {
  const error = Object.assign(new Error("Signature expired"), { name, $fault: "client" });
  Object.defineProperty(error, "$response", {
    value: new HttpResponse({ statusCode: 400, headers: { date: serverDate.toUTCString() } }),
    enumerable: false,
  });
  return error;
};

describe("httpSigningMiddleware", () => {
  it("signs SigV4 operations with the resolved credentials, region and signing name", async () => {
    const config = { credentials: async () => CREDENTIALS, region: async () => "eu-west-1", systemClockOffset: 0 };
    const { result, sent, request, before } = await run({ config, operation: ADMIN_GET_USER });
    await result;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/cognito-idp\/aws4_request, /);
    expect(sent[0]!.headers["x-amz-security-token"]).toBe("token");
    await expectValidSignature(sent[0]!, CREDENTIALS, "eu-west-1");
    expect(JSON.stringify(request)).toBe(before); // the request handed down was a signed copy
  });

  it("leaves operations without auth unsigned and never asks for credentials", async () => {
    let asked = 0;
    const config = {
      credentials: async () => {
        asked++;
        return CREDENTIALS;
      },
      region: "eu-west-1",
      systemClockOffset: 0,
    };
    const { result, sent } = await run({ config, operation: FORGOT_PASSWORD });
    await result;
    expect(asked).toBe(0);
    expect(sent[0]!.headers["authorization"]).toBeUndefined();
    expect(sent[0]!.headers["x-amz-date"]).toBeUndefined();
  });

  it("fails before sending anything when a signed operation has no credentials", async () => {
    const { result, sent } = await run({ config: { region: "eu-west-1", systemClockOffset: 0 }, operation: ADMIN_GET_USER });
    const error = await result.catch((e) => e);
    expect(error).toBeInstanceOf(CredentialsProviderError);
    expect(error.message).toContain("AdminGetUser requires AWS credentials");
    expect(error.message).toContain("Pass `credentials`");
    expect(sent).toHaveLength(0);
  });

  it("keeps where the provider looked when the provider finds nothing", async () => {
    const credentials = () => Promise.reject(new CredentialsProviderError("Looked at: ~/.aws/credentials (file not found)."));
    const { result, sent } = await run({ config: { credentials, region: "eu-west-1", systemClockOffset: 0 }, operation: ADMIN_GET_USER });
    const error = await result.catch((e) => e);
    expect(error).toBeInstanceOf(CredentialsProviderError);
    expect(error.message).toContain("AdminGetUser requires AWS credentials");
    expect(error.message).toContain("~/.aws/credentials (file not found)");
    expect(sent).toHaveLength(0);
  });

  it("signs with the clock offset applied", async () => {
    const config = { credentials: async () => CREDENTIALS, region: "eu-west-1", systemClockOffset: -2 * 3600_000 };
    const { result, sent } = await run({ config, operation: ADMIN_GET_USER });
    await result;
    expect(Math.abs(amzDateMs(sent[0]!) - (Date.now() - 2 * 3600_000))).toBeLessThan(10_000);
    await expectValidSignature(sent[0]!, CREDENTIALS, "eu-west-1");
  });

  it("signs every retry attempt afresh, below the retry middleware", async () => {
    let keyNumber = 0;
    const config = {
      credentials: async () => ({ accessKeyId: `AKID${++keyNumber}`, secretAccessKey: "s" }),
      region: "eu-west-1",
      systemClockOffset: 0,
    };
    const { result, sent } = await run({
      config,
      operation: ADMIN_GET_USER,
      retries: 3,
      respond: (_request, count) => {
        if (count < 3) throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      },
    });
    await result;
    expect(sent.map((r) => /Credential=(\w+)\//.exec(r.headers["authorization"]!)![1])).toEqual(["AKID1", "AKID2", "AKID3"]);
  });

  it("corrects the clock from the Date header after a clock-skew error and resends once", async () => {
    const serverTime = new Date(Date.now() + 3600_000);
    const config = { credentials: async () => CREDENTIALS, region: "eu-west-1", systemClockOffset: 0 };
    const { result, sent } = await run({
      config,
      operation: ADMIN_GET_USER,
      respond: (_request, count) => {
        if (count === 1) throw skewError("InvalidSignatureException", serverTime);
      },
    });
    await result;
    expect(sent).toHaveLength(2);
    expect(Math.abs(config.systemClockOffset - 3600_000)).toBeLessThan(10_000);
    expect(Math.abs(amzDateMs(sent[1]!) - serverTime.getTime())).toBeLessThan(10_000);
    await expectValidSignature(sent[1]!, CREDENTIALS, "eu-west-1");
  });

  it("resends only once when the service keeps reporting skew", async () => {
    const config = { credentials: async () => CREDENTIALS, region: "eu-west-1", systemClockOffset: 0 };
    let serverTime = Date.now() + 3600_000;
    const { result, sent } = await run({
      config,
      operation: ADMIN_GET_USER,
      respond: () => {
        serverTime += 3600_000; // a server whose clock runs away: every answer is skewed again
        throw skewError("RequestTimeTooSkewed", new Date(serverTime));
      },
    });
    await expect(result).rejects.toThrow("Signature expired");
    expect(sent).toHaveLength(2);
  });

  it("does not resend when the Date header agrees with our clock, or the error is not about time", async () => {
    for (const error of [skewError("InvalidSignatureException", new Date()), skewError("NotAuthorizedException", new Date(Date.now() + 3600_000))]) {
      const config = { credentials: async () => CREDENTIALS, region: "eu-west-1", systemClockOffset: 0 };
      const { result, sent } = await run({
        config,
        operation: ADMIN_GET_USER,
        respond: () => {
          throw error;
        },
      });
      await expect(result).rejects.toBe(error);
      expect(sent).toHaveLength(1);
      expect(config.systemClockOffset).toBe(0);
    }
  });

  it("can be removed by name and resolves without a retry middleware on the stack", () => {
    const stack = constructStack<any, any>();
    stack.use(getSigningPlugin({ systemClockOffset: 0 }));
    expect(stack.identify()).toEqual(["httpSigningMiddleware (a.k.a. awsAuthMiddleware) - finalizeRequest"]);
    expect(() => stack.resolve(async () => ({ output: {} }) as any, {})).not.toThrow();
    expect(stack.remove(httpSigningMiddlewareOptions.name)).toBe(true);
    expect(stack.identify()).toEqual([]);
  });
});

describe("httpSigningMiddleware request details", () => {
  const sendOne = async (request: HttpRequest, config: SigningPluginConfig) => {
    const stack = constructStack<any, any>();
    stack.use(getSigningPlugin(config));
    const sent: HttpRequest[] = [];
    const handler = stack.resolve(
      (async (args: FinalizeHandlerArguments<any>) => {
        sent.push(args.request as HttpRequest);
        return { output: {} };
      }) as any,
      { operation: ADMIN_GET_USER, service: { signingName: "cognito-idp" } } as any,
    );
    await handler({ input: {}, request } as any);
    return sent[0]!;
  };

  it("adds and signs a Host header when the request has none", async () => {
    const request = new HttpRequest({ method: "POST", hostname: "127.0.0.1", port: 9229, path: "/", headers: {}, body: "{}" });
    const sent = await sendOne(request, { credentials: async () => CREDENTIALS, region: "eu-west-1", systemClockOffset: 0 });
    expect(sent.headers["host"]).toBe("127.0.0.1:9229");
    expect(sent.headers["authorization"]).toContain("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,");
    expect(request.headers).toEqual({});
    await expectValidSignature(sent, CREDENTIALS, "eu-west-1");
  });

  it("sends X-Amz-Content-Sha256 as the official client does, unless applyChecksum is false", async () => {
    const base = { credentials: async () => CREDENTIALS, region: "eu-west-1", systemClockOffset: 0 };
    expect((await sendOne(unsignedRequest(), { ...base, applyChecksum: false })).headers["x-amz-content-sha256"]).toBeUndefined();
    const withChecksum = await sendOne(unsignedRequest(), base);
    expect(withChecksum.headers["x-amz-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
    expect(withChecksum.headers["authorization"]).toContain(";x-amz-content-sha256;");
  });
});
