import { FetchHttpHandler } from "../http/FetchHttpHandler.js";
import type { HttpHandler } from "../client/types.js";

/** Browser defaults: fetch, no environment to read, a browser user-agent segment. */
export const runtimeDefaults = {
  isBrowser: true,
  requestHandler: (options: { requestTimeout?: number; connectionTimeout?: number }): HttpHandler =>
    new FetchHttpHandler(options),
  regionFromEnvironment: (): string | undefined => undefined,
  userAgentPlatform: (): string => "os/other lang/js md/browser",
};
