import { constructStack } from "@smithy/middleware-stack";
import { describe, expect, it } from "vitest";
import { getDefaultPlugins } from "../../src/client/getDefaultPlugins.js";
import { resolveClientConfig } from "../../src/client/resolveClientConfig.js";
import type { ClientConfig } from "../../src/client/types.js";
import { getCompressionPlugin } from "../../src/plugins/getCompressionPlugin.js";
import { getHostPrefixPlugin } from "../../src/plugins/getHostPrefixPlugin.js";
import { testService } from "../support/testService.js";

// The names and steps the README documents ("The default plugins"): users `remove` or override by name.
const service = testService();

const defaultStack = (config: ClientConfig = {}, withService = service) => {
  const stack = constructStack<any, any>();
  for (const plugin of getDefaultPlugins(resolveClientConfig({ region: "us-east-1", ...config }, withService))) stack.use(plugin);
  return stack.identify();
};

describe("default plugins", () => {
  it("are these middleware, in this order, under these names and steps", () => {
    expect(defaultStack()).toEqual([
      "loggerMiddleware - initialize",
      "validateInputMiddleware - initialize",
      "secretHashMiddleware - initialize",
      "endpointV2Middleware - before serializerMiddleware",
      "serializerMiddleware - serialize",
      "contentLengthMiddleware - build",
      "invocationIdMiddleware - build",
      "getUserAgentMiddleware - build",
      "recursionDetectionMiddleware - build",
      "retryMiddleware - finalizeRequest",
      "httpSigningMiddleware (a.k.a. awsAuthMiddleware) - finalizeRequest",
      "requestIdMiddleware - deserialize",
      "deserializerMiddleware - deserialize",
    ]);
  });

  it("add the ones a service lists for its models' traits, in their places: host prefix after the serializer, compression first in build", () => {
    const stack = defaultStack({}, testService({ plugins: [getHostPrefixPlugin, getCompressionPlugin] }));
    expect(stack.slice(4, 8)).toEqual([
      "serializerMiddleware - serialize",
      "hostPrefixMiddleware - after serializerMiddleware",
      "compressionMiddleware - build",
      "contentLengthMiddleware - build",
    ]);
    expect(stack).toHaveLength(defaultStack().length + 2);
  });

  it("leave input validation out when validateInput is false", () => {
    expect(defaultStack({ validateInput: false })).not.toContain("validateInputMiddleware - initialize");
  });
});
