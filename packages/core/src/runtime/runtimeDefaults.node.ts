import { release } from "node:os";
import { NodeHttpHandler } from "../http/NodeHttpHandler.node.js";
import type { HttpHandler } from "../client/types.js";

/** Node defaults: node:http handler, region from the environment, the Node user-agent segment. */
export const runtimeDefaults = {
  isBrowser: false,
  requestHandler: (options: { requestTimeout?: number; connectionTimeout?: number }): HttpHandler =>
    new NodeHttpHandler(options),
  regionFromEnvironment: (): string | undefined => process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined,
  // os/<platform>#<release> lang/js md/nodejs#<version>, as the AWS SDK user agent 2.1 format has it.
  userAgentPlatform: (): string =>
    `os/${process.platform}#${release()} lang/js md/nodejs#${process.versions.node}`,
};
