import { constructStack } from "@smithy/middleware-stack";
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { getContentLengthPlugin as browserPlugin } from "./getContentLengthPlugin.browser.js";
import { getContentLengthPlugin } from "./getContentLengthPlugin.js";

/** The headers the request has when it leaves a stack holding only `plugin`. */
const headersAfter = async (plugin: ReturnType<typeof getContentLengthPlugin>, request: HttpRequest) => {
  const stack = constructStack<any, any>();
  stack.use(plugin);
  let seen: Record<string, string> = {};
  const handler = stack.resolve(async (args: any) => {
    seen = { ...args.request.headers };
    return { output: {}, response: {} };
  }, {} as any);
  await handler({ input: {}, request } as any);
  return seen;
};

const jsonRequest = (body: unknown, headers: Record<string, string> = {}) =>
  new HttpRequest({ method: "POST", hostname: "example.com", path: "/", headers, body });

describe("content length", () => {
  it("counts UTF-8 bytes of a string body, not characters", async () => {
    const body = '{"Username":"zoë 😀"}';
    expect(body.length).toBe(21); // UTF-16 units: the emoji is two
    expect((await headersAfter(getContentLengthPlugin(), jsonRequest(body)))["content-length"]).toBe("24");
  });

  it("counts the bytes of a byte body and keeps a length or chunked encoding already set", async () => {
    expect((await headersAfter(getContentLengthPlugin(), jsonRequest(new Uint8Array(7))))["content-length"]).toBe("7");
    expect((await headersAfter(getContentLengthPlugin(), jsonRequest("abc", { "content-length": "99" })))["content-length"]).toBe("99");
    expect(await headersAfter(getContentLengthPlugin(), jsonRequest("abc", { "transfer-encoding": "chunked" }))).not.toHaveProperty("content-length");
  });

  it("in browsers sets nothing (fetch computes it) but keeps its name in the stack", async () => {
    expect(await headersAfter(browserPlugin(), jsonRequest("abc"))).not.toHaveProperty("content-length");
    const stack = constructStack<any, any>();
    stack.use(browserPlugin());
    expect(stack.identify()).toEqual(["contentLengthMiddleware - build"]);
  });
});
