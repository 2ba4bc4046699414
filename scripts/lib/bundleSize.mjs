// Bundling and byte attribution for `npm run size` (scripts/size.mjs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import commonjs from "@rollup/plugin-commonjs";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import * as esbuild from "esbuild";
import { rollup } from "rollup";

/** A file of lithe's packages as installed: node_modules/@lithe/<package>/dist/<file>.js. */
const DIST_FILE = /[\\/]@lithe[\\/][^\\/]+[\\/]dist[\\/][^\\/]+\.js$/;

/**
 * Bundles `source` (an app's entry module, its imports resolved from `dir`'s node_modules: the
 * packed-install app for lithe, the repository for the libraries it is compared with) with rollup the way a
 * front-end build does: node-resolve with the browser condition, commonjs, terser, code splitting
 * (as Vite and webpack do). Returns the chunks a page loads before its first call (`initial`: the
 * entry and everything it imports statically) and the ones only `import()` reaches (`lazy`: code for
 * opt-in features, loaded on first use). With `sourcemap`, each chunk's map leads back through dist's
 * own maps to the TypeScript sources.
 */
export async function bundleWithRollup({ dir, name, source, sourcemap = false }) {
  // A path that does not exist: node-resolve resolves the entry's imports from its folder.
  const entry = join(dir, ".size-entries", `${name}.js`);
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: "size-entry",
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? source : null),
      },
      {
        // Rollup chains a map returned by `load` into the output map, so bytes trace back to src/.
        name: "dist-source-maps",
        load(id) {
          if (!sourcemap || !DIST_FILE.test(id) || !existsSync(`${id}.map`)) return null;
          return { code: readFileSync(id, "utf8"), map: readFileSync(`${id}.map`, "utf8") };
        },
      },
      {
        // The official SDK imports its package.json (for its version).
        name: "json",
        transform: (code, id) => (id.endsWith(".json") ? { code: `export default ${code};`, map: null } : null),
      },
      nodeResolve({ browser: true, exportConditions: ["browser"], preferBuiltins: false }),
      commonjs(),
      terser(),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: "es", sourcemap, chunkFileNames: "[name].js" });
    const chunks = output.filter((chunk) => chunk.type === "chunk");
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const initial = [];
    const visit = (chunk) => {
      if (initial.includes(chunk)) return;
      initial.push(chunk);
      for (const name of chunk.imports) visit(byName.get(name));
    };
    visit(chunks.find((chunk) => chunk.isEntry));
    const toResult = (chunk) => ({ fileName: chunk.fileName, code: chunk.code, map: chunk.map, modules: Object.keys(chunk.modules) });
    return splitByReach(initial.map(toResult), chunks.filter((chunk) => !initial.includes(chunk)).map(toResult));
  } finally {
    await bundle.close();
  }
}

/**
 * The same entry through esbuild (`--bundle --minify --platform=browser --splitting --format=esm`):
 * `initial` and `lazy` as for rollup, read from esbuild's metafile.
 */
export async function bundleWithEsbuild({ dir, name, source }) {
  const entry = join(dir, ".size-entries", `${name}.esbuild.js`);
  const outdir = join(dir, ".size-esbuild");
  const result = await esbuild.build({
    entryPoints: [entry],
    plugins: [
      {
        name: "size-entry",
        setup(build) {
          build.onResolve({ filter: /size-entries/ }, (args) => (args.path === entry ? { path: entry } : undefined));
          build.onLoad({ filter: /size-entries/ }, () => ({ contents: source, resolveDir: dir, loader: "js" }));
        },
      },
    ],
    bundle: true,
    minify: true,
    splitting: true,
    platform: "browser",
    format: "esm",
    outdir,
    write: false,
    metafile: true,
    logLevel: "silent",
    // No tsconfig: the repo's `paths` point @lithe/* at the TypeScript sources, which an app never sees.
    tsconfigRaw: {},
    // The app's folder: chunk names hash paths relative to it, so they do not change with the
    // temporary folder's name from run to run.
    absWorkingDir: dir,
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  const outputs = result.metafile.outputs;
  // metafile paths are relative to absWorkingDir.
  const pathOf = (output) => join(dir, output);
  const entryOutput = Object.keys(outputs).find((output) => outputs[output].entryPoint);
  const initial = [];
  const visit = (output) => {
    if (initial.includes(output)) return;
    initial.push(output);
    for (const imported of outputs[output].imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(entryOutput);
  const toResult = (output) => ({ fileName: output.split("/").pop(), code: files.get(pathOf(output)) });
  const scripts = Object.keys(outputs).filter((output) => output.endsWith(".js"));
  return splitByReach(initial.map(toResult), scripts.filter((output) => !initial.includes(output)).map(toResult));
}

/**
 * `lazy`: the other chunks that code able to run can `import()` (their file name appears in a
 * reachable chunk), transitively. esbuild writes a chunk for every `import()` in the module graph,
 * also where the expression itself was tree-shaken away; such a chunk is never requested, so it
 * is reported as `unreferenced`, not counted.
 */
const splitByReach = (initial, others) => {
  const reached = [...initial];
  let grew = true;
  while (grew) {
    grew = false;
    for (const chunk of others) {
      if (reached.includes(chunk) || !reached.some((from) => from.code.includes(chunk.fileName))) continue;
      reached.push(chunk);
      grew = true;
    }
  }
  return {
    initial,
    lazy: others.filter((chunk) => reached.includes(chunk)),
    unreferenced: others.filter((chunk) => !reached.includes(chunk)).map((chunk) => chunk.fileName),
  };
};

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One line of source-map `mappings`: the fields of each segment, relative values as written. */
const decodeLine = (line) => {
  const segments = [];
  for (const text of line.split(",")) {
    if (!text) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of text) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(fields);
  }
  return segments;
};

/**
 * "../src/x.ts" of node_modules/@lithe/core/dist → "core/src/x.ts"; other node_modules paths lose
 * the node_modules prefix.
 */
const shortSource = (source) => {
  const normalized = source.replace(/\\/g, "/");
  const lithe = /(?:^|\/)@lithe\/(.*)$/.exec(normalized);
  if (lithe) return lithe[1];
  const entry = /\/\.size-entries\/(.*)$/.exec(normalized);
  if (entry) return `(the page: ${entry[1]})`;
  const modules = normalized.lastIndexOf("node_modules/");
  if (modules >= 0) return normalized.slice(modules + "node_modules/".length);
  const packages = normalized.lastIndexOf("packages/");
  return packages >= 0 ? normalized.slice(packages + "packages/".length) : normalized;
};

/**
 * Splits minified `code` by the original source file each byte maps to (through `map`), or by
 * `groupOf(file)`, largest first: `min` is the share of the minified bytes, `gzip` what those
 * bytes gzip to alone (the real cost in the whole bundle is a little lower: gzip also reuses text
 * across files).
 */
export function attributeBytes(code, map, groupOf = (file) => file) {
  const pieces = new Map();
  const add = (source, text) => {
    if (!text) return;
    const list = pieces.get(source) ?? [];
    list.push(text);
    pieces.set(source, list);
  };
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const segments = decodeLine(mappingLines[l] ?? "");
    let column = 0;
    let previousEnd = 0;
    const starts = [];
    for (const fields of segments) {
      column += fields[0];
      if (fields.length >= 4) sourceIndex += fields[1];
      starts.push({ column, source: fields.length >= 4 ? map.sources[sourceIndex] : undefined });
      // srcLine/srcCol/name deltas are not needed for attribution.
    }
    for (let i = 0; i < starts.length; i++) {
      const { column: start, source } = starts[i];
      if (start > previousEnd) add("(unmapped)", line.slice(previousEnd, start));
      const end = i + 1 < starts.length ? starts[i + 1].column : line.length;
      add(source === undefined ? "(unmapped)" : groupOf(shortSource(source)), line.slice(start, end));
      previousEnd = end;
    }
    if (starts.length === 0) add("(unmapped)", line);
  }
  return [...pieces]
    .map(([source, list]) => {
      const text = list.join("");
      return { source, min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.min - a.min);
}
