import { describe, expect, it } from "vitest";
import { resolveErrorCode, sanitizeErrorCode } from "./resolveErrorCode.js";

describe("resolveErrorCode", () => {
  it("prefers the x-amzn-errortype header over the body", () => {
    expect(resolveErrorCode({ "x-amzn-errortype": "UserNotFoundException:http://internal.amazon.com/" }, { __type: "Other" })).toBe(
      "UserNotFoundException",
    );
  });

  it("uses body code before __type", () => {
    expect(resolveErrorCode({}, { code: "CodeMismatchException", __type: "Other" })).toBe("CodeMismatchException");
  });

  it("strips the namespace and any suffix from __type", () => {
    expect(resolveErrorCode({}, { __type: "com.amazonaws.cognitoidentityprovider#LimitExceededException" })).toBe("LimitExceededException");
    expect(sanitizeErrorCode("lithe.test#FooError:http://example.com/docs,extra")).toBe("FooError");
    expect(sanitizeErrorCode("FooError,Bar")).toBe("FooError");
  });

  it("returns undefined when nothing names the error", () => {
    expect(resolveErrorCode({}, { message: "no code" })).toBeUndefined();
    expect(resolveErrorCode({}, undefined)).toBeUndefined();
  });
});
