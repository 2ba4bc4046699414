#!/usr/bin/env node
// `npm run build`: builds @lithe/core and the Cognito client into their dist/ folders with rollup.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);
const { default: configs } = await import("../rollup.config.mjs");
const started = performance.now();
// A fresh dist/: chunk files a previous build wrote under other names must not linger (and ship).
for (const pkg of ["core", "client-cognito-identity-provider"]) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
for (const config of configs) {
  const bundle = await rollup({ ...config, onwarn: (warning, warn) => (warning.code === "CIRCULAR_DEPENDENCY" ? undefined : warn(warning)) });
  for (const output of [config.output].flat()) await bundle.write(output);
  await bundle.close();
}
console.log(`built @lithe/core and @lithe/client-cognito-identity-provider in ${Math.round(performance.now() - started)} ms`);
