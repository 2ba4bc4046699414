#!/usr/bin/env node
// Runs the TypeScript generator without a TypeScript runtime: esbuild bundles
// packages/codegen/src/cli.ts in memory (a few ms) and Node imports the bundle from a data: URL.
// Usage: npm run codegen [-- --model <file.json> --out <dir>] [--check]; see --help.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { importBundled } from "./lib/importBundled.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { main } = await importBundled({ entryPoints: [resolve(root, "packages/codegen/src/cli.ts")] });
process.exitCode = main(process.argv.slice(2), { root });
