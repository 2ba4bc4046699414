import { describe, expect, it } from "vitest";
import { classifyError } from "./classifyError.js";

const serviceError = (name: string, status: number, fault: "client" | "server" = status >= 500 ? "server" : "client") => ({
  name,
  $fault: fault,
  $metadata: { httpStatusCode: status },
});

describe("classifyError", () => {
  it("treats 429 and the AWS throttling codes as throttling", () => {
    expect(classifyError(serviceError("TooManyRequestsException", 400))).toBe("THROTTLING");
    expect(classifyError(serviceError("SomethingElse", 429))).toBe("THROTTLING");
    expect(classifyError(serviceError("ThrottlingException", 400))).toBe("THROTTLING");
  });

  it("never retries Cognito's LimitExceededException, even though other AWS SDKs call it throttling", () => {
    expect(classifyError(serviceError("LimitExceededException", 400))).toBeUndefined();
  });

  it("retries 500, 502, 503, 504 and transport failures as transient", () => {
    for (const status of [500, 502, 503, 504]) expect(classifyError(serviceError("InternalErrorException", status))).toBe("TRANSIENT");
    expect(classifyError({ name: "TimeoutError" })).toBe("TRANSIENT");
    expect(classifyError({ name: "NetworkError", code: "ECONNRESET" })).toBe("TRANSIENT");
  });

  it("never retries other 4xx errors, validation errors or aborts", () => {
    expect(classifyError(serviceError("UserNotFoundException", 400))).toBeUndefined();
    expect(classifyError(serviceError("NotAuthorizedException", 400))).toBeUndefined();
    expect(classifyError({ name: "ValidationError" })).toBeUndefined();
    expect(classifyError({ name: "AbortError" })).toBeUndefined();
    expect(classifyError(serviceError("Whatever", 501))).toBeUndefined();
  });

  it("never retries a rejected TLS certificate, which fails the same way every time", () => {
    expect(classifyError({ name: "NetworkError", code: "DEPTH_ZERO_SELF_SIGNED_CERT" })).toBeUndefined();
    expect(classifyError({ name: "NetworkError", code: "ERR_TLS_CERT_ALTNAME_INVALID" })).toBeUndefined();
    expect(classifyError({ name: "NetworkError", code: "ECONNREFUSED" })).toBe("TRANSIENT");
  });
});
