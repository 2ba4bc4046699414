// dist/ must match the sources before anything uses it as an app would (size check, bench, package test).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const distFiles = ["packages/core/dist/index.browser.js", "packages/core/dist/index.js", "packages/client-cognito-identity-provider/dist/index.js"];
const inputs = ["rollup.config.mjs", "scripts/lib/rollupPlugins.mjs", "packages/core/package.json", "packages/client-cognito-identity-provider/package.json"];

const newestSource = () => {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".spec.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, "packages/core/src"));
  walk(join(root, "packages/client-cognito-identity-provider/src"));
  for (const file of inputs) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
};

export const distIsStale = () => {
  const newest = newestSource();
  return distFiles.some((file) => !existsSync(join(root, file)) || statSync(join(root, file)).mtimeMs < newest);
};

/** Runs `npm run build` when dist is missing or older than the sources (or always, with `force`). */
export const ensureFreshDist = ({ force = false, stdio = "inherit" } = {}) => {
  if (!force && !distIsStale()) return;
  // Test files run in parallel processes, and more than one may find dist stale: one builds, the
  // others wait for it and then find dist fresh.
  const release = lockBuild();
  try {
    if (!force && !distIsStale()) return;
    if (stdio === "inherit") console.log("dist is missing or older than the sources: running `npm run build` first\n");
    const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio, cwd: root });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  } finally {
    release();
  }
};

/** A lock directory under .tmp/ (mkdir is atomic); one left by a killed build is taken over after 5 minutes. */
const lockBuild = () => {
  const lock = join(root, ".tmp", "build.lock");
  mkdirSync(join(root, ".tmp"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
};
