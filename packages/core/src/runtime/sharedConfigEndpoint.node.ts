import { configFileProfiles } from "../auth/parseIni.js";
import { parseBooleanSetting } from "./parseBooleanSetting.js";
import { readSharedConfigFiles } from "./sharedConfigFiles.node.js";

/**
 * The shared-config half of `configuredEndpoint`, called only when the environment did not decide.
 * The profile (AWS_PROFILE, else "default") is the config file's merged over the credentials file's,
 * as the AWS SDK merges them. A profile naming a `services` section that does not exist yields no
 * endpoint at all, not even the profile's own `endpoint_url`: the AWS SDK's selector fails there.
 */
export const sharedConfigEndpoint = (
  sdkId: string,
  env: Record<string, string | undefined>,
  decided: { ignore?: boolean; fromEnv?: string },
): string | undefined => {
  const { config, credentials } = readSharedConfigFiles(env);
  const name = env.AWS_PROFILE || "default";
  const profile: Record<string, string | undefined> = { ...credentials[name], ...configFileProfiles(config)[name] };
  if (decided.ignore ?? parseBooleanSetting(profile.ignore_configured_endpoint_urls) ?? false) return undefined;
  if (decided.fromEnv) return decided.fromEnv;
  if (profile.services) {
    const services = config[`services ${profile.services}`];
    if (!services) return undefined;
    const url = services[`${sdkId.toLowerCase().split(" ").join("_")}.endpoint_url`];
    if (url) return url;
  }
  return profile.endpoint_url || undefined;
};
