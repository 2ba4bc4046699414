import * as official from "@aws-sdk/client-cognito-identity-provider";
import * as lithe from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScriptedServer, type ScriptedServer, type Step } from "../../core/test/support/scriptedServer.js";

// The same inputs through lithe and through the official client, to one loopback capture server:
// the requests must be the same bytes, and the same canned responses must parse to the same results.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "1";

const credentials = { accessKeyId: "AKIDWIRETEST", secretAccessKey: "wire-test-secret" };
let server: ScriptedServer;
let litheClient: lithe.CognitoIdentityProviderClient;
let officialClient: official.CognitoIdentityProviderClient;

beforeAll(async () => {
  server = await startScriptedServer();
  const config = { region: "eu-west-1", endpoint: server.url, credentials, maxAttempts: 1 };
  litheClient = new lithe.CognitoIdentityProviderClient(config);
  officialClient = new official.CognitoIdentityProviderClient(config);
});

afterAll(async () => {
  litheClient.destroy();
  officialClient.destroy();
  await server.close();
});

/** Sends one command through each client, both answered by `step`; returns what each sent and got. */
const sendBoth = async (name: string, input: object, step: Step) => {
  const Lithe = (lithe as any)[`${name}Command`];
  const Official = (official as any)[`${name}Command`];
  const settle = (promise: Promise<any>) => promise.then((output) => ({ output }), (error) => ({ error }));
  const before = server.requests.length;
  server.script(step);
  const litheResult = await settle(litheClient.send(new Lithe(input)));
  expect(server.requests.length, "lithe must have sent exactly one request").toBe(before + 1);
  const litheRequest = server.requests.at(-1)!;
  server.script(step);
  const officialResult = await settle(officialClient.send(new Official(input)));
  expect(server.requests.length, "the official client must have sent exactly one request").toBe(before + 2);
  const officialRequest = server.requests.at(-1)!;
  return { litheResult, officialResult, litheRequest, officialRequest };
};

const COMPARED_HEADERS = ["content-type", "x-amz-target", "content-length", "amz-sdk-request"];

const expectSameRequest = (a: ScriptedServer["requests"][number], b: ScriptedServer["requests"][number]) => {
  expect(a.method).toBe(b.method);
  expect(a.path).toBe(b.path);
  expect(a.body.toString("hex")).toBe(b.body.toString("hex"));
  for (const header of COMPARED_HEADERS) expect(a.headers[header], header).toBe(b.headers[header]);
};

const ok = (body: object, headers: Record<string, string> = {}): Step => ({
  status: 200,
  headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "req-ok-1", ...headers },
  body: JSON.stringify(body),
});

const forgotPasswordInputs: [string, object][] = [
  ["required members only", { ClientId: "client1234", Username: "alice" }],
  [
    "every optional member",
    {
      ClientId: "client1234",
      Username: "alice",
      SecretHash: "c2VjcmV0aGFzaA==",
      UserContextData: { IpAddress: "192.0.2.1", EncodedData: "enc" },
      AnalyticsMetadata: { AnalyticsEndpointId: "endpoint-1" },
      ClientMetadata: { source: "web", locale: "de-DE" },
    },
  ],
  ["members in another order than the model's", { Username: "bob", ClientMetadata: { b: "2", a: "1" }, ClientId: "client1234" }],
  ["a unicode username", { ClientId: "client1234", Username: "Zoë-Ångström-日本-😀" }],
  ["escapes in strings", { ClientId: "client1234", Username: 'quote"back\\slash', ClientMetadata: { note: "line\nbreak\u0001\u2028</script>" } }],
];

describe("ForgotPassword on the wire, lithe vs the official SDK", () => {
  for (const [label, input] of forgotPasswordInputs) {
    it(`sends the same bytes: ${label}`, async () => {
      const { litheRequest, officialRequest, litheResult, officialResult } = await sendBoth(
        "ForgotPassword",
        input,
        ok({ CodeDeliveryDetails: { Destination: "a***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" } }),
      );
      expectSameRequest(litheRequest, officialRequest);
      expect(litheResult).toEqual(officialResult);
    });
  }
});

const errorResponses: [string, Step][] = [
  [
    "a modelled error in __type",
    { status: 400, headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r-2" }, body: JSON.stringify({ __type: "UserNotFoundException", message: "User does not exist." }) },
  ],
  [
    "a namespaced __type with a suffix",
    {
      status: 400,
      headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r-3" },
      body: JSON.stringify({ __type: "com.amazonaws.cognitoidentityprovider#LimitExceededException:http://internal", message: "Attempt limit exceeded" }),
    },
  ],
  [
    "the code in the x-amzn-errortype header only",
    { status: 400, headers: { "x-amzn-errortype": "CodeDeliveryFailureException", "x-amzn-requestid": "r-4" }, body: JSON.stringify({ message: "no luck" }) },
  ],
  [
    "an error with extra members",
    { status: 400, headers: { "x-amzn-requestid": "r-5" }, body: JSON.stringify({ __type: "InvalidParameterException", message: "bad", reasonCode: "INVALID_EMAIL" }) },
  ],
  [
    "an unknown error code",
    { status: 400, headers: { "x-amzn-requestid": "r-6" }, body: JSON.stringify({ __type: "BrandNewException", message: "new" }) },
  ],
  [
    "a server error",
    { status: 500, headers: { "x-amzn-requestid": "r-7", "x-amz-id-2": "ext-7", "x-amz-cf-id": "cf-7" }, body: JSON.stringify({ __type: "InternalErrorException", message: "oops" }) },
  ],
];

describe("error responses parse the same way in lithe and the official SDK", () => {
  for (const [label, step] of errorResponses) {
    it(label, async () => {
      const { litheResult, officialResult } = await sendBoth("ForgotPassword", { ClientId: "client1234", Username: "alice" }, step);
      const mine = (litheResult as { error: any }).error;
      const theirs = (officialResult as { error: any }).error;
      expect(mine, "lithe must fail").toBeDefined();
      expect(theirs, "the official client must fail").toBeDefined();
      expect(mine.name).toBe(theirs.name);
      expect(mine.$fault).toBe(theirs.$fault);
      expect(mine.message).toBe(theirs.message);
      expect(mine.$metadata).toEqual(theirs.$metadata);
      if (theirs.reasonCode) expect(mine.reasonCode).toBe(theirs.reasonCode);
      const officialClass = (official as any)[theirs.name];
      if (officialClass) expect(mine).toBeInstanceOf((lithe as any)[theirs.name]);
      expect(mine).toBeInstanceOf(lithe.CognitoIdentityProviderServiceException);
    });
  }
});

describe("other operations on the wire", () => {
  it("ConfirmForgotPassword sends the same bytes and parses the same empty output", async () => {
    const r = await sendBoth(
      "ConfirmForgotPassword",
      { ClientId: "client1234", Username: "alice", ConfirmationCode: "123456", Password: "N3w-Passw0rd!", ClientMetadata: { k: "v" } },
      ok({}),
    );
    expectSameRequest(r.litheRequest, r.officialRequest);
    expect(r.litheResult).toEqual(r.officialResult);
  });

  it("AdminCreateUser (signed) sends the same body and content headers, and both are signed", async () => {
    const input = {
      UserPoolId: "eu-west-1_abcdef",
      Username: "carol",
      UserAttributes: [
        { Name: "email", Value: "carol@example.com" },
        { Name: "email_verified", Value: "true" },
      ],
      DesiredDeliveryMediums: ["EMAIL"],
      MessageAction: "SUPPRESS",
    };
    const created = { User: { Username: "carol", UserCreateDate: 1700000000.5, Enabled: true, UserStatus: "FORCE_CHANGE_PASSWORD", Attributes: [{ Name: "sub", Value: "s-1" }] } };
    const r = await sendBoth("AdminCreateUser", input, ok(created));
    expectSameRequest(r.litheRequest, r.officialRequest);
    for (const request of [r.litheRequest, r.officialRequest]) {
      expect(request.headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDWIRETEST\/\d{8}\/eu-west-1\/cognito-idp\/aws4_request/);
    }
    const signed = (h: string | undefined) => h!.match(/SignedHeaders=([^,]+)/)![1];
    expect(signed(r.litheRequest.headers["authorization"] as string)).toBe(signed(r.officialRequest.headers["authorization"] as string));
    expect(r.litheResult).toEqual(r.officialResult);
    expect((r.litheResult as any).output.User.UserCreateDate).toEqual(new Date(1700000000500));
  });

  it("ListUsers parses lists, timestamps and pagination tokens the same way", async () => {
    const page = {
      Users: [
        { Username: "u1", UserCreateDate: 1700000001, UserLastModifiedDate: 1700000002.25, Enabled: true, Attributes: [{ Name: "email", Value: "u1@example.com" }] },
        { Username: "u2", Enabled: false, UserStatus: "A_STATUS_FROM_THE_FUTURE" },
      ],
      PaginationToken: "next-page",
    };
    const r = await sendBoth("ListUsers", { UserPoolId: "eu-west-1_abcdef", Limit: 2, Filter: 'email ^= "u"' }, ok(page));
    expectSameRequest(r.litheRequest, r.officialRequest);
    expect(r.litheResult).toEqual(r.officialResult);
  });
});
