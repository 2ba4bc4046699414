// Bundling and byte attribution for `npm run size` (scripts/size.mjs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import commonjs from "@rollup/plugin-commonjs";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import * as esbuild from "esbuild";
import { rollup } from "rollup";

const DIST_FILE = /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/][^\\/]+\.js$/;

/**
 * Bundles `source` (an app's entry module, resolved from the repo root) with rollup the way a
 * front-end build does: node-resolve with the browser condition, commonjs, terser. With
 * `sourcemap`, the map leads back through dist's own maps to the TypeScript sources.
 */
export async function bundleWithRollup({ root, name, source, sourcemap = false }) {
  // A path that does not exist: node-resolve resolves the entry's imports from its folder.
  const entry = join(root, ".tmp", "size-entries", `${name}.js`);
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
    const { output } = await bundle.generate({ format: "es", inlineDynamicImports: true, sourcemap });
    return { code: output[0].code, map: output[0].map };
  } finally {
    await bundle.close();
  }
}

/** The same entry through esbuild (`--bundle --minify --platform=browser`). */
export async function bundleWithEsbuild({ root, source }) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: root, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    // Not the repo's tsconfig.json: its `paths` point @lithe/* at the TypeScript sources, which an
    // app never sees.
    tsconfigRaw: {},
  });
  return result.outputFiles[0].text;
}

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

/** "../packages/core/src/x.ts" → "core/src/x.ts"; node_modules paths lose the node_modules prefix. */
const shortSource = (source) => {
  const normalized = source.replace(/\\/g, "/");
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
