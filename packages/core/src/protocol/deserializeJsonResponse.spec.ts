import { HttpResponse } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import type { ServiceSchema } from "../client/types.js";
import { isServiceErrorNamed, ServiceException } from "../errors/ServiceException.js";
import { timestampCodec } from "../schema/codecs/timestampCodec.js";
import { convertingJson } from "../schema/convertingJson.js";
import type { ErrorSchema, OperationSchema } from "../schema/types.js";
import { deserializeJsonResponse } from "./deserializeJsonResponse.js";

class TestServiceException extends ServiceException {}
const service = { ServiceException: TestServiceException } as unknown as ServiceSchema;

const Throttled$: ErrorSchema = {
  kind: "structure",
  name: "Throttled",
  members: { message: { target: "string" }, RetryAfter: { target: timestampCodec } },
  fault: "client",
  httpStatus: 429,
  retryable: { throttling: true },
};
const Internal$: ErrorSchema = { kind: "structure", name: "Internal", members: { message: { target: "string" } }, fault: "server" };
const operation: OperationSchema = {
  name: "Op",
  input: { kind: "structure", name: "OpInput", members: {} },
  output: { kind: "structure", name: "OpOutput", members: { Greeting: { target: "string" } } },
  errors: { Throttled: Throttled$, Internal: Internal$ },
  auth: "none",
  // Throttled's RetryAfter is a timestamp.
  codec: convertingJson,
};

/** What `deserializeJsonResponse` throws for this response. */
const thrown = (statusCode: number, body: string, headers: Record<string, string> = {}): any => {
  try {
    deserializeJsonResponse(new HttpResponse({ statusCode, headers, body: new TextEncoder().encode(body) }), operation, service);
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
};

describe("deserializeJsonResponse", () => {
  it("reads the output of a 2xx response, with $metadata", () => {
    const output = deserializeJsonResponse(new HttpResponse({ statusCode: 200, headers: {}, body: '{"Greeting":"hi","Extra":1}' }), operation, service);
    expect(output).toEqual({ Greeting: "hi", $metadata: { httpStatusCode: 200 } });
  });

  it("throws an error the operation does not list as the base exception named after its code, with the body's members", () => {
    const error = thrown(400, JSON.stringify({ __type: "com.example#UserNotFound", message: "no such user", reasonCode: "R1" }));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(isServiceErrorNamed(error, "UserNotFound")).toBe(true);
    expect(error).toMatchObject({ name: "UserNotFound", $fault: "client", message: "no such user", reasonCode: "R1", $metadata: { httpStatusCode: 400 } });
    expect(error).not.toHaveProperty("__type");
    expect(error.$retryable).toBeUndefined();
    expect(thrown(503, '{"__type":"Busy"}')).toMatchObject({ name: "Busy", $fault: "server", message: "Busy (HTTP 503)" });
  });

  it("reads a listed error through its schema: codecs, @retryable, a fault its status does not tell", () => {
    const throttled = thrown(429, JSON.stringify({ __type: "Throttled", message: "slow down", RetryAfter: 1700000000 }));
    expect(throttled.RetryAfter).toEqual(new Date(1700000000 * 1000));
    expect(throttled).toMatchObject({ name: "Throttled", $fault: "client", $retryable: { throttling: true } });
    expect(thrown(400, '{"__type":"Internal","message":"oops"}')).toMatchObject({ name: "Internal", $fault: "server", message: "oops" });
  });

  it("copies no __proto__ from a hostile error body", () => {
    const error = thrown(400, '{"__type":"Bad","__proto__":{"polluted":true},"constructor":{"x":1}}');
    expect(error.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(error)).toBe(TestServiceException.prototype);
    expect(({} as any).polluted).toBeUndefined();
  });

  it("turns a body that is not JSON into the base exception with status and an excerpt, never a SyntaxError", () => {
    const error = thrown(502, "<html><body>Bad Gateway</body></html>", { "content-type": "text/html" });
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "UnknownError", $fault: "server", $metadata: { httpStatusCode: 502 } });
    expect(error.message).toContain("Bad Gateway");
    expect(thrown(200, '{"Greeting":"h')).toMatchObject({ name: "DeserializationError", $metadata: { httpStatusCode: 200 } });
  });
});
