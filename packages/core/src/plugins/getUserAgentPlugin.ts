import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import { runtimeDefaults } from "../runtime/runtimeDefaults.js";
import { LITHE_VERSION } from "../runtime/version.js";

/**
 * The AWS SDK user agent 2.1 string, computed once per client:
 * `lithe-js/<v> ua/2.1 os/<os> lang/js md/nodejs#<v> api/<service>#<v>`.
 */
export const buildUserAgent = (config: ResolvedClientConfig): string => {
  const { uaServiceId, packageVersion } = config.service;
  const agent = `lithe-js/${LITHE_VERSION} ua/2.1 ${runtimeDefaults.userAgentPlatform()} api/${uaServiceId}#${packageVersion}`;
  return config.customUserAgent ? `${agent} ${config.customUserAgent}` : agent;
};

/**
 * Node sends both `user-agent` and `x-amz-user-agent`; browsers only `x-amz-user-agent`, because
 * setting `user-agent` there is forbidden and would only add to CORS preflight.
 */
export const userAgentMiddleware =
  (userAgent: string, isBrowser: boolean): BuildMiddleware<any, any> =>
  (next) =>
  (args) => {
    const request = args.request;
    if (HttpRequest.isInstance(request)) {
      request.headers["x-amz-user-agent"] = userAgent;
      if (!isBrowser) request.headers["user-agent"] = userAgent;
    }
    return next(args);
  };

export const userAgentMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "getUserAgentMiddleware",
  step: "build",
  priority: "low",
  tags: ["SET_USER_AGENT", "USER_AGENT"],
  override: true,
};

export const getUserAgentPlugin = (config: ResolvedClientConfig): Pluggable<any, any> => {
  const userAgent = buildUserAgent(config);
  return {
    applyToStack: (stack) => stack.add(userAgentMiddleware(userAgent, runtimeDefaults.isBrowser), userAgentMiddlewareOptions),
  };
};
