import { describe, expect, it } from "vitest";
import { AbortError, NetworkError, TimeoutError } from "./transportErrors.js";

describe("transport errors", () => {
  it("TimeoutError says which timeout ran out and is retryable", () => {
    const error = new TimeoutError("connectionTimeout", 250);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toBe("connectionTimeout of 250 ms exceeded");
    expect(error.$retryable).toEqual({ throttling: false });
  });

  it("AbortError is never retryable and keeps the signal's reason as cause", () => {
    const controller = new AbortController();
    controller.abort(new Error("user navigated away"));
    const error = AbortError.fromSignal(controller.signal);
    expect(error.name).toBe("AbortError");
    expect(error.message).toBe("The request was aborted: user navigated away");
    expect((error.cause as Error).message).toBe("user navigated away");
    expect("$retryable" in error).toBe(false);
  });

  it("AbortError from a signal aborted without a reason has a plain message", () => {
    const controller = new AbortController();
    controller.abort();
    expect(AbortError.fromSignal(controller.signal).message).toBe("The request was aborted");
    expect(AbortError.fromSignal({ aborted: true }).message).toBe("The request was aborted");
  });

  it("NetworkError keeps Node's error code, message and the error as cause", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const error = NetworkError.fromNodeError(cause);
    expect(error).toMatchObject({ name: "NetworkError", code: "ECONNREFUSED", message: cause.message, $retryable: { throttling: false } });
    expect(error.cause).toBe(cause);
    expect(NetworkError.fromNodeError(new Error("")).code).toBe("ENETWORK");
  });
});
