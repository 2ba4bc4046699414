import {
  CognitoIdentityProviderServiceException,
  InternalErrorException,
  InvalidParameterException,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { fault, forgotPassword, JSON_HEADERS, ok, useFaultHarness } from "./support/faultHarness.js";

// What the caller gets from odd or broken response bodies, and the request IDs on every outcome.
const h = useFaultHarness();

const IDS = { "x-amzn-requestid": "req-0001", "x-amz-id-2": "ext-0001/abc+=", "x-amz-cf-id": "cf-0001==" };
const DELIVERY = { CodeDeliveryDetails: { Destination: "f***@e***", DeliveryMedium: "EMAIL" } };

describe("malformed bodies become typed errors, never SyntaxError", () => {
  it("truncated JSON in a 400: the base exception with status, request id and no body excerpt", async () => {
    h.server.script({ status: 400, headers: { ...JSON_HEADERS, ...IDS }, body: '{"__type":"UserNotFoundException","message":"User does not ex' });
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.$fault).toBe("client");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, requestId: "req-0001", extendedRequestId: "ext-0001/abc+=", cfId: "cf-0001==", attempts: 1 });
    expect(error.message).toMatch(/HTTP 400/);
    // JSON-looking bodies are withheld from messages: a truncated success body may hold tokens.
    expect(error.message).not.toContain("User does not ex");
  });

  it("truncated JSON in a 200 fails as a DeserializationError with status and request id, not retried", async () => {
    h.server.script({ status: 200, headers: { ...JSON_HEADERS, ...IDS }, body: '{"CodeDeliveryDetails":{"Destin' });
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error.name).toBe("DeserializationError");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "req-0001", attempts: 1 });
  });

  it("an HTML 502 from a gateway is typed, quoted briefly, and retried since 502 is transient", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
    const gateway = { status: 502, headers: { "content-type": "text/html", "x-amz-cf-id": "cf-edge-1" }, body: html };
    h.server.script(gateway, gateway, gateway);
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error.$fault).toBe("server");
    expect(error.message).toMatch(/HTTP 502, text\/html/);
    expect(error.message).toContain("502 Bad Gateway");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 502, cfId: "cf-edge-1", attempts: 3 });
  });

  it("an HTML 502 followed by a 200 succeeds on attempt 2", async () => {
    h.server.script({ status: 502, headers: { "content-type": "text/html" }, body: "<html>bad gateway</html>" }, ok(DELIVERY));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);
  });

  it("an empty 500 is retried and ends as the base exception with status and request id", async () => {
    const empty = { status: 500, headers: { "x-amzn-requestid": "req-empty" }, body: "" };
    h.server.script(empty, empty, empty);
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect(error.name).toBe("UnknownError");
    expect(error.$fault).toBe("server");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 500, requestId: "req-empty", attempts: 3 });
  });

  it("a 10 MB success body is read whole", async () => {
    const destination = "x".repeat(10 * 1024 * 1024);
    h.server.script(ok({ CodeDeliveryDetails: { Destination: destination, DeliveryMedium: "EMAIL" } }));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 5_000);
    expect(output.CodeDeliveryDetails?.Destination).toHaveLength(destination.length);
    expect(output.$metadata.attempts).toBe(1);
  });

  it("a 10 MB HTML error body gives a short message", async () => {
    const page = `<html><body>${"Service unavailable. ".repeat(520_000)}</body></html>`;
    const big = { status: 503, headers: { "content-type": "text/html" }, body: page };
    h.server.script(big, big, big);
    const error = await h.fails(() => h.client().send(forgotPassword()), 5_000);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 3 });
    expect(error.message.length).toBeLessThan(400);
  });
});

describe("error codes", () => {
  it("an unknown code becomes the base exception named after the code", async () => {
    h.server.script(fault(400, "BrandNewCognitoException", { "x-amzn-requestid": "req-new" }, "from a newer model"));
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error.constructor).toBe(CognitoIdentityProviderServiceException);
    expect(error.name).toBe("BrandNewCognitoException");
    expect(error.message).toBe("from a newer model");
    expect(error.$fault).toBe("client");
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, requestId: "req-new", attempts: 1 });
  });

  it("a code given only in the x-amzn-errortype header still selects the modelled error", async () => {
    h.server.script({
      status: 400,
      headers: { ...JSON_HEADERS, "x-amzn-errortype": "UserNotFoundException:http://internal.amazon.com/coral/", "x-amzn-errormessage": "User does not exist." },
      body: "{}",
    });
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(UserNotFoundException);
    expect(error.message).toBe("User does not exist.");
  });

  it("a header-only code on an empty body works too", async () => {
    h.server.script({ status: 400, headers: { "x-amzn-errortype": "InvalidParameterException" }, body: "" });
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(InvalidParameterException);
  });

  it("__type with a namespace and a suffix resolves to the modelled error", async () => {
    h.server.script(
      fault(500, "com.amazonaws.cognitoidentityprovider#InternalErrorException:http://internal.amazon.com/coral/com.amazon.coral.service/"),
      ok(DELIVERY),
    );
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(output.$metadata.attempts).toBe(2);

    h.server.script(...Array.from({ length: 3 }, () => fault(500, "aws.cognito#InternalErrorException:suffix,extra")));
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(InternalErrorException);
    expect(error.$metadata.attempts).toBe(3);
  });
});

describe("request IDs", () => {
  it("are on the output: x-amzn-requestid, x-amz-id-2 and x-amz-cf-id", async () => {
    h.server.script(ok(DELIVERY, IDS));
    const output = await h.succeeds(() => h.client().send(forgotPassword()), 1_000);
    expect(output.$metadata).toEqual({
      httpStatusCode: 200,
      requestId: "req-0001",
      extendedRequestId: "ext-0001/abc+=",
      cfId: "cf-0001==",
      attempts: 1,
      totalRetryDelay: 0,
    });
  });

  it("x-amz-request-id is used when x-amzn-requestid is absent", async () => {
    h.server.script(ok(DELIVERY, { "x-amz-request-id": "s3-style-id" }), fault(400, "UserNotFoundException", { "x-amz-request-id": "s3-style-err" }));
    const client = h.client();
    const output = await h.succeeds(() => client.send(forgotPassword()), 1_000);
    const error = await h.fails(() => client.send(forgotPassword()), 1_000);
    expect(output.$metadata.requestId).toBe("s3-style-id");
    expect(error.$metadata.requestId).toBe("s3-style-err");
  });

  it("are on a modelled error, taken from the last attempt after retries", async () => {
    h.server.script(
      fault(500, "InternalErrorException", { "x-amzn-requestid": "attempt-1" }),
      fault(500, "InternalErrorException", { "x-amzn-requestid": "attempt-2" }),
      fault(500, "InternalErrorException", { ...IDS, "x-amzn-requestid": "attempt-3" }),
    );
    const error = await h.fails(() => h.client().send(forgotPassword()), 2_000);
    expect(error).toBeInstanceOf(InternalErrorException);
    expect(error.$metadata).toMatchObject({ requestId: "attempt-3", extendedRequestId: IDS["x-amz-id-2"], cfId: IDS["x-amz-cf-id"], attempts: 3 });
  });

  it("are on errors whose body could not be parsed", async () => {
    h.server.script({ status: 400, headers: { "content-type": "text/plain", ...IDS }, body: "not json at all" });
    const error = await h.fails(() => h.client().send(forgotPassword()), 1_000);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, requestId: "req-0001", extendedRequestId: "ext-0001/abc+=", cfId: "cf-0001==" });
    expect(error.message).toContain("not json at all");
  });
});
