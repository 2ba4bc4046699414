import type { Pluggable } from "@smithy/types";
import { getContentLengthPlugin } from "../plugins/getContentLengthPlugin.js";
import { getDeserializerPlugin } from "../plugins/getDeserializerPlugin.js";
import { getEndpointPlugin } from "../plugins/getEndpointPlugin.js";
import { getInvocationIdPlugin } from "../plugins/getInvocationIdPlugin.js";
import { getLoggerPlugin } from "../plugins/getLoggerPlugin.js";
import { getRecursionDetectionPlugin } from "../plugins/getRecursionDetectionPlugin.js";
import { getRequestIdPlugin } from "../plugins/getRequestIdPlugin.js";
import { getRetryPlugin } from "../plugins/getRetryPlugin.js";
import { getSecretHashPlugin } from "../plugins/getSecretHashPlugin.js";
import { getSerializerPlugin } from "../plugins/getSerializerPlugin.js";
import { getSigningPlugin } from "../plugins/getSigningPlugin.js";
import { getUserAgentPlugin } from "../plugins/getUserAgentPlugin.js";
import { getValidationPlugin } from "../plugins/getValidationPlugin.js";
import { runtimeDefaults } from "../runtime/runtimeDefaults.js";
import type { ResolvedClientConfig } from "./types.js";

/**
 * The default middleware every client starts with, in the order of the request flow, then the ones
 * its service adds for traits only some models use (`ServiceSchema.plugins`).
 */
export const getDefaultPlugins = (config: ResolvedClientConfig): Pluggable<any, any>[] => {
  const plugins: Pluggable<any, any>[] = [getLoggerPlugin()];
  if (config.validateInput) plugins.push(getValidationPlugin());
  plugins.push(
    getSecretHashPlugin({ clientSecret: config.clientSecret, logger: config.logger, isBrowser: runtimeDefaults.isBrowser }),
    getSerializerPlugin(),
    getEndpointPlugin(config),
    getContentLengthPlugin(),
    getUserAgentPlugin(config),
    getInvocationIdPlugin(),
    getRecursionDetectionPlugin(),
    getRetryPlugin(config),
    getSigningPlugin(config as any),
    getRequestIdPlugin(),
    getDeserializerPlugin(),
  );
  for (const plugin of config.service.plugins ?? []) plugins.push(plugin(config));
  return plugins;
};
