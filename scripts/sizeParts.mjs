#!/usr/bin/env node
// `npm run size:parts`: how many of a page's gzip bytes the parts every call needs take on their own,
// whatever the operation, i.e. the part of issue 14's 6 KB ForgotPassword budget that generating
// per-operation code cannot touch. Each row is one bundle of a few of lithe's modules, built from
// the TypeScript sources with the browser twins, as `npm run size` builds pages (rollup, node-resolve
// with the browser condition, commonjs, terser; gzip level 9 of what loads up front, lazy chunks
// apart). It analyses parts, so it reads the sources; what users get is `npm run size`'s job.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import commonjs from "@rollup/plugin-commonjs";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { rollup } from "rollup";
import { platformSources, transpileTypeScript } from "./lib/rollupPlugins.mjs";

const source = (path) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));
const floor = [
  `export { constructStack } from "@smithy/middleware-stack";`,
  `export { HttpRequest, HttpResponse } from "@smithy/protocol-http";`,
];
const rows = [
  ["floor: middleware stack, HttpRequest/HttpResponse, a bare fetch", [...floor, `export const send = (request) => fetch(request.url, request);`]],
  ["+ lithe's fetch handler (timeouts, abort, transport errors)", [...floor, `export { FetchHttpHandler } from "${source("core/src/http/FetchHttpHandler.ts")}";`]],
  [
    "+ standard retries (token bucket, backoff, classification)",
    [
      ...floor,
      `export { FetchHttpHandler } from "${source("core/src/http/FetchHttpHandler.ts")}";`,
      `export { getRetryPlugin } from "${source("core/src/plugins/getRetryPlugin.ts")}";`,
    ],
  ],
  [
    "+ endpoint rules and partitions (FIPS, dual-stack)",
    [
      ...floor,
      `export { FetchHttpHandler } from "${source("core/src/http/FetchHttpHandler.ts")}";`,
      `export { getRetryPlugin } from "${source("core/src/plugins/getRetryPlugin.ts")}";`,
      `export { getEndpointPlugin } from "${source("core/src/plugins/getEndpointPlugin.ts")}";`,
      `export { resolveEndpoint } from "${source("client-cognito-identity-provider/src/generated/endpoint/resolveEndpoint.ts")}";`,
    ],
  ],
];

const virtualEntry = (code) => ({
  name: "virtual-entry",
  resolveId: (id) => (id === "\0entry" ? id : null),
  load: (id) => (id === "\0entry" ? code : null),
});

console.log("   min   gzip  part (each row includes the ones above)");
for (const [label, lines] of rows) {
  const bundle = await rollup({
    input: "\0entry",
    treeshake: { moduleSideEffects: false, propertyReadSideEffects: false },
    plugins: [virtualEntry(lines.join("\n")), platformSources("browser"), nodeResolve({ exportConditions: ["browser", "module", "import"], browser: true }), commonjs(), transpileTypeScript()],
    onwarn: (warning, warn) => (warning.code === "CIRCULAR_DEPENDENCY" ? undefined : warn(warning)),
  });
  const { output } = await bundle.generate({ format: "es", plugins: [terser()] });
  await bundle.close();
  // What loads up front: the entry and the chunks it imports statically (not import() targets).
  const upFront = output.filter((chunk) => chunk.type === "chunk" && !chunk.isDynamicEntry);
  const min = upFront.reduce((sum, chunk) => sum + chunk.code.length, 0);
  const gzip = upFront.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  console.log(`${String(min).padStart(6)} ${String(gzip).padStart(6)}  ${label}`);
}
console.log("\nNot included: client, command and config, validation, serialization, response and error parsing,");
console.log("user agent, invocation and request IDs, content length: the rest of a default call.");
