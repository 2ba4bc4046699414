// A throwaway app with packages installed the way a user installs them: lithe's workspace packages
// `npm pack`ed into tarballs, then `npm install`ed from those tarballs into a fresh folder outside the
// repository (so nothing resolves through a workspace symlink, a tsconfig path or the repo's own
// node_modules). Used by `npm run size` and `npm run bench`; every run builds a new one.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProcess } from "./runProcess.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const LITHE_WORKSPACES = ["packages/core", "packages/client-cognito-identity-provider"];
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

// `npm run size` hands its child processes npm_config_* variables of the repo (workspace, prefix,
// ...); an npm started in the app must see only its own folder.
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

const run = async (args, cwd) =>
  (await runProcess(npm, args, { cwd, env: cleanEnv(), label: `npm ${args.join(" ")} in ${cwd}` })).stdout;

/** `npm pack`s lithe's workspace packages (dist must be built) into `dir`; returns the tarball paths. */
export const packLithe = async (dir) => {
  mkdirSync(dir, { recursive: true });
  const args = ["pack", "--json", "--ignore-scripts", "--pack-destination", dir, ...LITHE_WORKSPACES.flatMap((w) => ["-w", w])];
  return JSON.parse(await run(args, root)).map((packed) => join(dir, packed.filename));
};

/**
 * Creates `<tmp>/<name>` with a package.json and installs `specs` (tarball paths or name@version)
 * into it. From the local npm cache when everything is there (`--offline`); only if that fails,
 * with the registry as fallback (`--prefer-offline`). Returns the app folder.
 */
export const installApp = async (parent, name, specs) => {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name, private: true, type: "module" }, null, 2)}\n`);
  const base = ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs];
  try {
    await run([...base, "--offline"], dir);
  } catch {
    await run([...base, "--prefer-offline"], dir);
  }
  return dir;
};

/** A new temporary folder for the apps of one run; `remove()` deletes it. */
export const tempWorkspace = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return { dir, remove: () => existsSync(dir) && rmSync(dir, { recursive: true, force: true }) };
};
