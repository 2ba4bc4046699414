#!/usr/bin/env node
// Runs the TypeScript generator without a TypeScript runtime: esbuild bundles
// packages/codegen/src/cli.ts in memory (a few ms) and Node imports the bundle from a data: URL.
// Usage: npm run codegen [-- --model <file.json> --out <dir>] [--check]; see --help.
import { build } from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const result = await build({
  entryPoints: [resolve(root, "packages/codegen/src/cli.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  write: false,
  logLevel: "error",
});
const code = result.outputFiles[0].text;
const { main } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
process.exitCode = main(process.argv.slice(2), { root });
