import { parseBooleanSetting } from "./parseBooleanSetting.js";
import { readSharedConfigFiles } from "./sharedConfigFiles.node.js";
import { sharedConfigProfile } from "./sharedConfigProfile.node.js";

/**
 * The shared-config half of `configuredEndpoint`, called only when the environment did not decide.
 * A profile naming a `services` section that does not exist yields no endpoint at all, not even the
 * profile's own `endpoint_url`: the AWS SDK's selector fails there.
 */
export const sharedConfigEndpoint = (
  sdkId: string,
  env: Record<string, string | undefined>,
  decided: { ignore?: boolean; fromEnv?: string },
): string | undefined => {
  const profile = sharedConfigProfile(env);
  if (decided.ignore ?? parseBooleanSetting(profile.ignore_configured_endpoint_urls) ?? false) return undefined;
  if (decided.fromEnv) return decided.fromEnv;
  if (profile.services) {
    const services = readSharedConfigFiles(env).config.sections[`services ${profile.services}`];
    if (!services) return undefined;
    const url = services[`${sdkId.toLowerCase().split(" ").join("_")}.endpoint_url`];
    if (url) return url;
  }
  return profile.endpoint_url || undefined;
};
