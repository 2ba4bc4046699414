import { NodeHttpHandler } from "../http/NodeHttpHandler.node.js";
import type { HttpHandler } from "../client/types.js";

/** Node defaults: node:http handler, region from the environment, the Node user-agent segment. */
export const runtimeDefaults = {
  isBrowser: false,
  requestHandler: (options: { requestTimeout?: number; connectionTimeout?: number }): HttpHandler =>
    new NodeHttpHandler(options),
  regionFromEnvironment: (): string | undefined => process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined,
  // os/<platform>#<release> lang/js md/nodejs#<version>, as the AWS SDK user agent 2.1 format has it.
  // node:os through getBuiltinModule, not a static import: an ESM import of a builtin builds its
  // module namespace when the package is imported (~0.5 ms of start-up, for one function).
  userAgentPlatform: (): string =>
    `os/${process.platform}#${process.getBuiltinModule("node:os").release()} lang/js md/nodejs#${process.versions.node}`,
};
