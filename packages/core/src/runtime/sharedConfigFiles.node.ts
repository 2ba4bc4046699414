import { parseIni, type IniSections } from "../auth/parseIni.js";

/**
 * The shared config and credentials files (AWS_CONFIG_FILE, else ~/.aws/config;
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials), parsed; a file that cannot be read counts
 * as empty, as in the AWS SDK.
 */
export const readSharedConfigFiles = async (
  env: Record<string, string | undefined>,
): Promise<{ config: IniSections; credentials: IniSections }> => {
  const home = await homeDir(env);
  const [config, credentials] = await Promise.all([
    readIniOrEmpty(expandHome(env.AWS_CONFIG_FILE || "~/.aws/config", home)),
    readIniOrEmpty(expandHome(env.AWS_SHARED_CREDENTIALS_FILE || "~/.aws/credentials", home)),
  ]);
  return { config, credentials };
};

const readIniOrEmpty = async (path: string): Promise<IniSections> => {
  try {
    const { readFile } = await import("node:fs/promises");
    return parseIni(await readFile(path, "utf8"));
  } catch {
    return Object.create(null);
  }
};

/** The home directory as the AWS SDK finds it: HOME, USERPROFILE, HOMEDRIVE+HOMEPATH, then the OS. */
export const homeDir = async (env: Record<string, string | undefined>): Promise<string> => {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? "C:\\"}${env.HOMEPATH}`;
  const { homedir } = await import("node:os");
  return homedir();
};

export const expandHome = (path: string, home: string): string =>
  path === "~" ? home : /^~[/\\]/.test(path) ? home.replace(/[/\\]$/, "") + path.slice(1) : path;
