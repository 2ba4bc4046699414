import { constructStack } from "@smithy/middleware-stack";
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { isolateEnv } from "../support/isolateEnv.js";
import { callOptions, type CallOptions } from "../../src/client/callOptions.js";
import { getRecursionDetectionPlugin as browserPlugin } from "../../src/plugins/getRecursionDetectionPlugin.browser.js";
import { getRecursionDetectionPlugin } from "../../src/plugins/getRecursionDetectionPlugin.js";
import { encodeTraceId, recursionDetectionMiddlewareOptions } from "../../src/plugins/recursionDetection.js";

// Recursion detection in Node: X-Amzn-Trace-Id from the Lambda environment, never overwriting one
// the caller set, percent-encoded like the other AWS SDKs, and a per-call traceId first.
const TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
const ENV = ["AWS_LAMBDA_FUNCTION_NAME", "_X_AMZN_TRACE_ID"] as const;
isolateEnv(ENV);

/** Runs a request through a stack holding only the plugin; returns the headers that reached the end. */
const send = async (headers: Record<string, string> = {}, options?: CallOptions, plugin = getRecursionDetectionPlugin()) => {
  const stack = constructStack<any, any>();
  stack.use(plugin);
  let seen: Record<string, string> | undefined;
  const handler = stack.resolve(
    (async (args: any) => {
      seen = { ...args.request.headers };
      return { output: {}, response: {} };
    }) as any,
    {},
  );
  const request = new HttpRequest({ hostname: "example.com", headers: { ...headers } });
  await handler({ input: {}, request, ...(options ? { [callOptions]: options } : {}) } as any);
  return seen!;
};

const traceHeaders = (headers: Record<string, string>) => Object.keys(headers).filter((k) => k.toLowerCase() === "x-amzn-trace-id");

describe("recursion detection (Node)", () => {
  it("sets X-Amzn-Trace-Id from _X_AMZN_TRACE_ID inside Lambda", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = TRACE;
    expect((await send())["X-Amzn-Trace-Id"]).toBe(TRACE);
  });

  it("sets nothing outside Lambda, even with a trace id in the environment", async () => {
    process.env._X_AMZN_TRACE_ID = TRACE;
    expect(traceHeaders(await send())).toEqual([]);
  });

  it("sets nothing in Lambda when the trace id is missing or empty", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    expect(traceHeaders(await send())).toEqual([]);
    process.env._X_AMZN_TRACE_ID = "";
    expect(traceHeaders(await send())).toEqual([]);
  });

  it("keeps a header the caller set, in any letter case", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = TRACE;
    for (const name of ["X-Amzn-Trace-Id", "x-amzn-trace-id", "X-AMZN-TRACE-ID"]) {
      const headers = await send({ [name]: "Root=caller" });
      expect(traceHeaders(headers)).toEqual([name]);
      expect(headers[name]).toBe("Root=caller");
    }
  });

  it("reads the environment on every call: Lambda changes the trace id between invocations", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = "Root=first";
    const plugin = getRecursionDetectionPlugin();
    expect((await send({}, undefined, plugin))["X-Amzn-Trace-Id"]).toBe("Root=first");
    process.env._X_AMZN_TRACE_ID = "Root=second";
    expect((await send({}, undefined, plugin))["X-Amzn-Trace-Id"]).toBe("Root=second");
  });

  it("a per-call traceId wins over the environment", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = TRACE;
    expect((await send({}, { traceId: "Root=per-call" }))["X-Amzn-Trace-Id"]).toBe("Root=per-call");
  });

  it("a per-call traceId never overwrites a header the caller set", async () => {
    expect((await send({ "x-amzn-trace-id": "Root=caller" }, { traceId: "Root=per-call" }))["x-amzn-trace-id"]).toBe("Root=caller");
  });

  it("percent-encodes characters outside the set the AWS SDKs leave alone", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = "Root=1-abc;Lineage=a b\u00e9\n\u{1F600}";
    expect((await send())["X-Amzn-Trace-Id"]).toBe("Root=1-abc;Lineage=a%20b%C3%A9%0A%F0%9F%98%80");
  });

  it("encodes like botocore's quote(trace_id, safe='-=;:+&[]{}\"\\',')", () => {
    const kept = `AZaz09_.~-=;:+&[]{}"',`;
    expect(encodeTraceId(kept)).toBe(kept);
    expect(encodeTraceId("a/b?c#d%e@f!g*h(i)j$k")).toBe("a%2Fb%3Fc%23d%25e%40f%21g%2Ah%28i%29j%24k");
  });

  it("sits in the build step, low priority, under its AWS SDK name", () => {
    expect(recursionDetectionMiddlewareOptions).toMatchObject({ name: "recursionDetectionMiddleware", step: "build", priority: "low" });
  });

  it("the browser twin adds nothing: the header would force a CORS preflight", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = TRACE;
    const stack = constructStack<any, any>();
    stack.use(browserPlugin());
    expect(stack.identify()).toEqual([]);
    expect(traceHeaders(await send({}, { traceId: "Root=x" }, browserPlugin()))).toEqual([]);
  });
});
