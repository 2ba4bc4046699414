import { configFileProfiles } from "../auth/parseIni.js";
import { readSharedConfigFiles } from "./sharedConfigFiles.node.js";

/**
 * The settings of the profile (AWS_PROFILE, else "default") for client configuration, merged as
 * @smithy/node-config-provider's fromSharedConfigFiles merges them: the config file's keys over the
 * credentials file's. (Credentials merge the other way round: see defaultCredentialProvider.node.ts.)
 */
export const sharedConfigProfile = (env: Record<string, string | undefined>): Record<string, string | undefined> => {
  const { config, credentials } = readSharedConfigFiles(env);
  const name = env.AWS_PROFILE || "default";
  return { ...credentials.sections[name], ...configFileProfiles(config.sections)[name] };
};
