import { parseIni, type IniSections } from "../auth/parseIni.js";

/**
 * The shared config and credentials files (AWS_CONFIG_FILE, else ~/.aws/config;
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials), parsed; a file that cannot be read counts
 * as empty, as in the AWS SDK. Read synchronously: once per client, two small files (or two
 * ENOENTs), where the first asynchronous read would start libuv's thread pool and load
 * node:fs/promises, a few milliseconds of a cold start for microseconds of reading.
 */
export const readSharedConfigFiles = (env: Record<string, string | undefined>): { config: IniSections; credentials: IniSections } => ({
  config: readIniOrEmpty(env.AWS_CONFIG_FILE || "~/.aws/config", env),
  credentials: readIniOrEmpty(env.AWS_SHARED_CREDENTIALS_FILE || "~/.aws/credentials", env),
});

const readIniOrEmpty = (path: string, env: Record<string, string | undefined>): IniSections => {
  try {
    // Inside the try: a runtime without node:fs or a home directory has no files to read either.
    return parseIni(process.getBuiltinModule("node:fs").readFileSync(expandHome(path, homeDir(env)), "utf8"));
  } catch {
    return Object.create(null);
  }
};

/** The home directory as the AWS SDK finds it: HOME, USERPROFILE, HOMEDRIVE+HOMEPATH, then the OS. */
export const homeDir = (env: Record<string, string | undefined>): string => {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? "C:\\"}${env.HOMEPATH}`;
  return process.getBuiltinModule("node:os").homedir();
};

export const expandHome = (path: string, home: string): string =>
  path === "~" ? home : /^~[/\\]/.test(path) ? home.replace(/[/\\]$/, "") + path.slice(1) : path;
