import { describe, expect, it } from "vitest";
import { isolateEnv } from "../../../core/test/support/isolateEnv.js";
import { fault, forgotPassword, ok, useFaultHarness } from "./support/faultHarness.js";

// Recursion detection seen from the server: what a Lambda-hosted client puts on the wire.
const h = useFaultHarness();

const ENV = ["AWS_LAMBDA_FUNCTION_NAME", "_X_AMZN_TRACE_ID"] as const;
isolateEnv(ENV);

describe("recursion detection over the wire", () => {
  it("inside Lambda, every attempt carries the percent-encoded trace id", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "password-reset";
    process.env._X_AMZN_TRACE_ID = "Root=1-65f0a1b2-0123456789abcdef01234567;Parent=1a2b3c4d5e6f7a8b;Sampled=1;Lineage=ré";
    h.server.script(fault(503, "ServiceUnavailable"), ok());
    await h.succeeds(() => h.client().send(forgotPassword()), 2_000);
    expect(h.server.requests.map((r) => r.headers["x-amzn-trace-id"])).toEqual([
      "Root=1-65f0a1b2-0123456789abcdef01234567;Parent=1a2b3c4d5e6f7a8b;Sampled=1;Lineage=r%C3%A9",
      "Root=1-65f0a1b2-0123456789abcdef01234567;Parent=1a2b3c4d5e6f7a8b;Sampled=1;Lineage=r%C3%A9",
    ]);
  });

  it("outside Lambda no trace header is sent", async () => {
    process.env._X_AMZN_TRACE_ID = "Root=1-65f0a1b2-0123456789abcdef01234567";
    await h.succeeds(() => h.client().send(forgotPassword()), 1_000);
    expect(h.server.requests[0]!.headers).not.toHaveProperty("x-amzn-trace-id");
  });

  it("a per-call traceId wins over the environment (one instance serving several invocations)", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "password-reset";
    process.env._X_AMZN_TRACE_ID = "Root=from-environment";
    const client = h.client();
    await Promise.all([
      h.succeeds(() => client.send(forgotPassword(), { traceId: "Root=invocation-a" }), 1_000),
      h.succeeds(() => client.send(forgotPassword(), { traceId: "Root=invocation-b" }), 1_000),
    ]);
    expect(h.server.requests.map((r) => r.headers["x-amzn-trace-id"]).sort()).toEqual(["Root=invocation-a", "Root=invocation-b"]);
  });

  it("a trace header the caller added with its own middleware is kept as is", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "password-reset";
    process.env._X_AMZN_TRACE_ID = "Root=from-environment";
    const client = h.client();
    client.middlewareStack.add(
      (next) => (args: any) => {
        args.request.headers["X-AMZN-TRACE-ID"] = "Root=set-by-caller";
        return next(args);
      },
      { step: "build", priority: "high", name: "callerTraceHeader" },
    );
    await h.succeeds(() => client.send(forgotPassword()), 1_000);
    expect(h.server.requests[0]!.headers["x-amzn-trace-id"]).toBe("Root=set-by-caller");
  });
});
