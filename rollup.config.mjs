// Package builds: ESM + CJS for Node, an ESM build for browsers (core only: the client package has
// no platform code of its own), and one bundled .d.ts per package. With `--environment
// TARGET:examples` (`npm run bundle`): the example browser page's bundle instead.
//
// @smithy/middleware-stack, @smithy/protocol-http and @aws-crypto/sha256-js are bundled into dist,
// tree-shaken: in Node, loading them from node_modules pulls in all of @smithy/core (~30 ms at
// start-up) for the two functions lithe uses. @smithy/types is types only.
import nodeResolve from "@rollup/plugin-node-resolve";
import commonjs from "@rollup/plugin-commonjs";
import terser from "@rollup/plugin-terser";
import { fileURLToPath } from "node:url";
import { dts } from "rollup-plugin-dts";
import { platformSources, transpileTypeScript } from "./scripts/lib/rollupPlugins.mjs";

const bundledDependencies = ["@smithy/middleware-stack", "@smithy/protocol-http", "@smithy/core", "@aws-crypto", "@aws-sdk/types", "@aws-sdk/util-utf8-browser", "@smithy/util-utf8", "@smithy/util-buffer-from", "@smithy/is-array-buffer", "tslib"];
const isBundled = (id) => bundledDependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
const external = (id, importer) =>
  importer !== undefined && (id.startsWith("node:") || (!id.startsWith(".") && !id.startsWith("/") && !isBundled(id) && !id.startsWith("\0")));

const plugins = (platform) => [
  platformSources(platform),
  nodeResolve({ exportConditions: platform === "browser" ? ["browser", "module", "import"] : ["module", "import", "node"], preferBuiltins: true, browser: platform === "browser" }),
  commonjs(),
  transpileTypeScript(),
];

// The SigV4 signer and SHA-256 (with what @aws-crypto/sha256-js drags along) are imported dynamically
// (auth/lazySignRequest.ts), so rollup gives them a chunk of their own: loaded on the first signed
// call in Node, and dropped by bundlers from apps that never sign (sha256-js's ES5 class is an IIFE
// that esbuild cannot prove pure, so statement-level tree-shaking alone would keep it).
const chunkFileNames = (suffix) => `[name]${suffix}`;

// Modules loaded with `import()` that are built on their own, with what they import inlined, instead
// of as chunks that import shared code back from the index. Two reasons:
// - Browser builds: opt-in features whose modules the index also exports (adaptive retries:
//   `AdaptiveRetryStrategy`; logging: `filterSensitiveLog`, the generated `…FilterSensitiveLog`
//   functions' walker). esbuild puts a module that both an entry and an `import()` reach into a chunk
//   shared by both, loaded up front, however little of it the entry uses (rollup would drop the
//   entry's unused import).
// - Every build of a lazily loaded module that would import the index back (the SigV4 signer, SRP
//   sign-in): esbuild, bundling without code splitting (as Lambda bundles are made), wraps every
//   module an `import()` target imports in a lazily initialised function, so the whole index would be
//   one function V8 parses twice at start-up: ~2 ms of a bundled cold start, measured. What such a
//   module needs that must be the index's own (classes callers test with `instanceof`) is handed to it
//   by the index or runs before the import (auth/lazySignRequest.ts, signInWithSrp.ts).
// A copy duplicates a little code that an app using both the export and the feature loads twice;
// every other app loads it never.
const SELF_CONTAINED = {
  browser: [
    ["AdaptiveRetryStrategy", "packages/core/src/retry/AdaptiveRetryStrategy.ts"],
    ["filterSensitiveLog", "packages/core/src/schema/filterSensitiveLog.ts"],
    ["signPrepared", "packages/core/src/auth/signPrepared.ts"],
  ],
  node: [["signPrepared", "packages/core/src/auth/signPrepared.ts"]],
  client: [["srpSignIn", "packages/client-cognito-identity-provider/src/srp/srpSignIn.ts"]],
};
const selfContainedFile = (name, kind) => `${name}.lazy${kind === "browser" ? ".browser" : ""}.js`;
const selfContainedImports = (kind) => ({
  name: "self-contained-lazy-modules",
  async resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== "string") return null;
    const resolved = await this.resolve(specifier, importer, { skipSelf: true });
    const found = resolved && SELF_CONTAINED[kind].find(([, source]) => resolved.id === fileURLToPath(new URL(`./${source}`, import.meta.url)));
    return found ? { id: `./${selfContainedFile(found[0], kind)}`, external: "absolute" } : null;
  },
});
// The self-contained builds of the client's modules inline what they use of @lithe/core (core's dist
// is built first); everything else stays external as in the package builds.
const selfContainedExternal = (kind) => (id, importer) => external(id, importer) && !(kind === "client" && id === "@lithe/core");
const selfContainedBuilds = (kind, dir) =>
  SELF_CONTAINED[kind].map(([name, source]) => ({
    input: source,
    external: selfContainedExternal(kind),
    treeshake,
    plugins: plugins(kind === "browser" ? "browser" : "node"),
    output: { file: `${dir}/${selfContainedFile(name, kind)}`, format: "es", sourcemap: true, plugins: kind === "browser" ? [] : [nodeCompress] },
  }));

const treeshake = { moduleSideEffects: false, propertyReadSideEffects: false };

// Node loads dist from node_modules as is, every export of it, so its parse and compile time is
// part of every cold start: terser's compress pass (source maps chained) makes the client's module
// ~2 ms cheaper to import, and mangling local names (function and class names kept, for stack
// traces and error names) ~0.8 ms more (client 215 -> 166 KB, core 91 -> 67 KB). What
// browsers and bundlers minify themselves (core's browser build) is left as rollup writes it.
const nodeCompress = terser({ module: true, compress: { passes: 1 }, mangle: true, keep_classnames: true, keep_fnames: true, format: { comments: /^!|@license|@preserve|__PURE__|__NO_SIDE_EFFECTS__/ } });

const packageBuild = (pkg, { browser }) => {
  const input = `packages/${pkg}/src/index.ts`;
  const dir = `packages/${pkg}/dist`;
  const builds = [
    {
      input,
      external,
      treeshake,
      // Node imports dist from node_modules without tree-shaking: should a lazy chunk import shared
      // code (none does today: see SELF_CONTAINED), the entry chunk itself exports it, instead of
      // rollup's default facade (index.js re-exporting everything from index2.js), one module fewer
      // to resolve, read and link at start-up (~0.9 ms of CPU per cold start, measured).
      preserveEntrySignatures: "allow-extension",
      plugins: [selfContainedImports(pkg === "core" ? "node" : "client"), ...plugins("node")],
      output: [
        { dir, format: "es", sourcemap: true, entryFileNames: "index.js", chunkFileNames: chunkFileNames(".js"), plugins: [nodeCompress] },
        { dir, format: "cjs", sourcemap: true, entryFileNames: "index.cjs", chunkFileNames: chunkFileNames(".cjs"), plugins: [nodeCompress] },
      ],
    },
    {
      input,
      external: (id, importer) => external(id, importer) || id === "@smithy/types",
      plugins: [dts({ respectExternal: false, compilerOptions: { paths: {} } })],
      output: { file: `${dir}/index.d.ts`, format: "es" },
    },
  ];
  if (browser) {
    builds.push({
      input,
      external,
      treeshake,
      plugins: [selfContainedImports("browser"), ...plugins("browser")],
      output: { dir, format: "es", sourcemap: true, entryFileNames: "index.browser.js", chunkFileNames: chunkFileNames(".browser.js") },
    });
    builds.push(...selfContainedBuilds("browser", dir));
  }
  builds.push(...selfContainedBuilds(pkg === "core" ? "node" : "client", dir));
  return builds;
};

const packages = [
  ...packageBuild("core", { browser: true }),
  ...packageBuild("client-cognito-identity-provider", { browser: false }),
];

// The example page's module, minified into examples/browser/dist/. @lithe/* come from their
// TypeScript sources (browser twins swapped in, as in core's browser build), so the bundle needs
// no `npm run build` first and always matches the sources; `npm run size` measures dist instead.
const litheSources = {
  name: "lithe-sources",
  resolveId(id) {
    const pkg = { "@lithe/core": "core", "@lithe/client-cognito-identity-provider": "client-cognito-identity-provider" }[id];
    return pkg ? fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url)) : null;
  },
};

export const examples = [
  {
    input: fileURLToPath(new URL("./examples/browser/main.js", import.meta.url)),
    treeshake,
    plugins: [
      litheSources,
      platformSources("browser"),
      nodeResolve({ exportConditions: ["browser", "module", "import"], browser: true }),
      commonjs(),
      transpileTypeScript(),
      terser(),
    ],
    output: { dir: fileURLToPath(new URL("./examples/browser/dist/", import.meta.url)), format: "es", sourcemap: true },
  },
];

export default process.env.TARGET === "examples" ? examples : packages;
