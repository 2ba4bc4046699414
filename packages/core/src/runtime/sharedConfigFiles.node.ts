import { parseIni, type IniSections } from "../auth/parseIni.js";

/** One shared file as read: its sections (none when it could not be read), and why it could not. */
export interface SharedFile {
  path: string;
  sections: IniSections;
  /** An errno code such as ENOENT or EACCES when the file could not be read. */
  problem?: string;
}

/**
 * How the reader gets a file's text: its one seam, through which tests count reads. Synchronous:
 * two small files (or two ENOENTs) once per process, where the first asynchronous read would start
 * libuv's thread pool and load node:fs/promises, a few milliseconds of a cold start for microseconds
 * of reading. node:fs through getBuiltinModule, so importing lithe loads nothing until a file is read.
 */
export const sharedFileSystem = {
  readText: (path: string): string => process.getBuiltinModule("node:fs").readFileSync(path, "utf8"),
};

// Keyed by the path after ~ expansion. The AWS SDK keeps each file's contents for the process too
// (@smithy/shared-ini-file-loader's readFile), a missing file included.
const files = new Map<string, SharedFile>();

export const readSharedFile = (path: string): SharedFile => {
  let file = files.get(path);
  if (!file) {
    try {
      file = { path, sections: parseIni(sharedFileSystem.readText(path)) };
    } catch (error) {
      // A runtime without node:fs or a home directory has no files to read either.
      file = { path, sections: Object.create(null), problem: (error as NodeJS.ErrnoException)?.code ?? "unreadable" };
    }
    files.set(path, file);
  }
  return file;
};

/**
 * The shared config and credentials files (AWS_CONFIG_FILE, else ~/.aws/config;
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials), each read once per process; a file that
 * cannot be read counts as empty, as in the AWS SDK. Used by configured endpoints, request
 * compression settings and the default credential provider alike.
 */
export const readSharedConfigFiles = (env: Record<string, string | undefined>): { config: SharedFile; credentials: SharedFile } => ({
  config: readSharedFile(resolveHome(env.AWS_CONFIG_FILE || "~/.aws/config", env)),
  credentials: readSharedFile(resolveHome(env.AWS_SHARED_CREDENTIALS_FILE || "~/.aws/credentials", env)),
});

/** The home directory as the AWS SDK finds it: HOME, USERPROFILE, HOMEDRIVE+HOMEPATH, then the OS. */
export const homeDir = (env: Record<string, string | undefined>): string => {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? "C:\\"}${env.HOMEPATH}`;
  return process.getBuiltinModule("node:os").homedir();
};

export const expandHome = (path: string, home: string): string =>
  path === "~" ? home : /^~[/\\]/.test(path) ? home.replace(/[/\\]$/, "") + path.slice(1) : path;

/** The home directory is looked up only for a path that starts with ~. */
const resolveHome = (path: string, env: Record<string, string | undefined>): string =>
  path.startsWith("~") ? expandHome(path, homeDir(env)) : path;
