import { parseBooleanSetting } from "./parseBooleanSetting.js";
import { sharedConfigEndpoint } from "./sharedConfigEndpoint.node.js";

/**
 * The endpoint URL configured outside the code, read as the AWS SDK reads it when the client has no
 * `endpoint` (@smithy/middleware-endpoint's getEndpointFromConfig):
 * 1. AWS_IGNORE_CONFIGURED_ENDPOINT_URLS, else the profile's `ignore_configured_endpoint_urls`:
 *    "true" turns all of the below off;
 * 2. AWS_ENDPOINT_URL_<SERVICE ID> (e.g. AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER), then AWS_ENDPOINT_URL;
 * 3. the shared config file: the profile's `services` section's `<service_id> = endpoint_url = …`,
 *    then the profile's own `endpoint_url`.
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 *
 * The files are read unless the environment alone decides: either AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true,
 * or =false with an endpoint variable set. They are read synchronously, from a static import: a
 * dynamic import() of that code and node:fs/promises cost a cold first call a few milliseconds, where
 * the two reads take tens of microseconds (see sharedConfigFiles.node.ts).
 */
export const configuredEndpoint = (sdkId: string): string | undefined => {
  const env = globalThis.process?.env ?? {};
  const ignore = parseBooleanSetting(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS);
  if (ignore === true) return undefined;
  const fromEnv = env[`AWS_ENDPOINT_URL_${sdkId.toUpperCase().split(" ").join("_")}`] || env.AWS_ENDPOINT_URL || undefined;
  if (ignore === false && fromEnv) return fromEnv;
  return sharedConfigEndpoint(sdkId, env, { ignore, fromEnv });
};
