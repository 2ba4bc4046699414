#!/usr/bin/env node
// Writes codegen-model/partitions.json and codegen-model/PARTITIONS.md from an AWS SDK partitions table,
// trimmed to what `aws.partition` needs.
//
// Usage: node scripts/import-partitions.mjs                      # the table the official client in node_modules uses
//        node scripts/import-partitions.mjs --npm <pkg@version>  # another published @aws-sdk/util-endpoints or @aws-sdk/core
//        node scripts/import-partitions.mjs --from <file>        # a partitions.json, or the partitions.js
//                                                                #   that newer @aws-sdk/core releases ship
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFICIAL_CLIENT, officialClientRequire, officialClientVersion } from "./lib/officialClient.mjs";

// By default the table is the one the official client (a devDependency) resolves endpoints with: the
// model comes from the same release (codegen-model/README.md), and the endpoint comparison test
// (packages/client-cognito-identity-provider/test/endpoints.integ.spec.ts) holds lithe to its answers.

// Where releases keep the table: @aws-sdk/util-endpoints up to 3.9xx, then @aws-sdk/core.
const INNER_PATHS = [
  "package/dist-cjs/lib/aws/partitions.json",
  "package/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js",
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);

/** Reads the table; partitions.js is `export const partitionsInfo = {…JSON…};`, parsed, never executed. */
const readTable = (file) => {
  const text = readFileSync(file, "utf8");
  return JSON.parse(file.endsWith(".json") ? text : text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));
};

const packageOf = (file) => {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = resolve(dir, "package.json");
    if (existsSync(pkg)) {
      const { name, version } = JSON.parse(readFileSync(pkg, "utf8"));
      if (name) return `${name}@${version}`;
    }
  }
  return "unknown package";
};

/** The partitions.js of the @aws-sdk/core that the official client itself imports. */
const officialClientTable = () => {
  const core = dirname(officialClientRequire().resolve("@aws-sdk/core/package.json"));
  return resolve(core, INNER_PATHS[1].replace(/^package\//, ""));
};

let source;
let origin;
if (!option("--npm")) {
  const file = option("--from") ? resolve(option("--from")) : officialClientTable();
  source = readTable(file);
  const sha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
  const via = option("--from") ? "" : ` (what \`${OFFICIAL_CLIENT}\` ${officialClientVersion()} resolves endpoints with)`;
  origin = `\`${relative(resolve(root, "node_modules"), file).replace(/\\/g, "/")}\` from \`${packageOf(file)}\`${via}, sha256 \`${sha256}\``;
} else {
  const spec = option("--npm");
  const dir = mkdtempSync(join(tmpdir(), "partitions-"));
  try {
    const tarball = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], { encoding: "utf8" }).trim().split("\n").pop();
    const sha256 = createHash("sha256").update(readFileSync(join(dir, tarball))).digest("hex");
    execFileSync("tar", ["-xzf", join(dir, tarball), "-C", dir]);
    const inner = INNER_PATHS.find((path) => existsSync(join(dir, path)));
    if (!inner) throw new Error(`${spec} has no partitions table at ${INNER_PATHS.join(", ")}`);
    const file = join(dir, inner);
    source = readTable(file);
    origin = `\`${inner}\` in \`${packageOf(file)}\` (\`npm pack ${spec}\`, tarball sha256 \`${sha256}\`)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const OUTPUT_KEYS = ["name", "dnsSuffix", "dualStackDnsSuffix", "supportsFIPS", "supportsDualStack", "implicitGlobalRegion"];
const pick = (object, keys) => Object.fromEntries(keys.filter((k) => k in object).map((k) => [k, object[k]]));

// The lookup without any region list: first matching regex, else the "aws" partition.
const byRegex = (region) =>
  source.partitions.find((p) => new RegExp(p.regionRegex).test(region)) ?? source.partitions.find((p) => p.id === "aws");

const kept = [];
const partitions = source.partitions.map((p) => {
  const regions = {};
  for (const [region, data] of Object.entries(p.regions ?? {})) {
    const overrides = pick(data, OUTPUT_KEYS);
    // A region is kept only if the regex lookup alone would get it wrong: another partition, or other outputs.
    if (Object.keys(overrides).length > 0 || byRegex(region) !== p) {
      regions[region] = overrides;
      kept.push(region);
    }
  }
  return {
    id: p.id,
    regionRegex: p.regionRegex,
    ...(Object.keys(regions).length > 0 ? { regions } : {}),
    outputs: pick(p.outputs, OUTPUT_KEYS),
  };
});

// Self-check: aws.partition over the trimmed table answers as over the source for every listed region.
const lookup = (table, region) => {
  for (const p of table) if (p.regions && Object.hasOwn(p.regions, region)) return { ...pick(p.outputs, OUTPUT_KEYS), ...pick(p.regions[region], OUTPUT_KEYS) };
  for (const p of table) if (new RegExp(p.regionRegex).test(region)) return pick(p.outputs, OUTPUT_KEYS);
  return pick(table.find((p) => p.id === "aws").outputs, OUTPUT_KEYS);
};
for (const region of [...source.partitions.flatMap((p) => Object.keys(p.regions ?? {})), "us-east-99", "nowhere-1"]) {
  const [want, got] = [lookup(source.partitions, region), lookup(partitions, region)];
  if (JSON.stringify(want) !== JSON.stringify(got)) throw new Error(`Trimming changed ${region}: ${JSON.stringify(got)}`);
}

const out = resolve(root, "codegen-model/partitions.json");
writeFileSync(out, JSON.stringify({ version: source.version, partitions }, null, 2) + "\n");

const regionCount = source.partitions.reduce((n, p) => n + Object.keys(p.regions ?? {}).length, 0);
writeFileSync(
  resolve(root, "codegen-model/PARTITIONS.md"),
  `# partitions.json

The AWS partitions table that the endpoint rule set's \`aws.partition\` function reads
(https://smithy.io/2.0/aws/rules-engine/library-functions.html#aws-partition-function). The generator
copies it into the client's \`endpoint/partitions.ts\`, keeping only the outputs the rules read; the compiled
resolver passes it to \`awsPartition\`.

## Source

- ${origin}
- Table version: \`${source.version}\`; partitions: ${partitions.map((p) => `\`${p.id}\``).join(", ")}
- License: Apache License 2.0, Copyright Amazon.com, Inc. or its affiliates.

The table is the official client's own (its \`@aws-sdk/core\`), so lithe resolves the same hosts:
\`packages/client-cognito-identity-provider/test/endpoints.integ.spec.ts\` compares both clients for every
listed region of every partition, with and without FIPS and dual-stack. Update it with the client:
\`npm install\` the new devDependency, then \`node scripts/import-partitions.mjs && npm run codegen\`.

## What was trimmed

\`\`\`sh
node scripts/import-partitions.mjs                      # the official client's table (node_modules)
node scripts/import-partitions.mjs --npm <pkg@version>  # another release
node scripts/import-partitions.mjs --from <file>        # a local partitions.json or partitions.js
\`\`\`

- Per partition: \`id\`, \`regionRegex\`, and \`outputs\` (\`name\`, \`dnsSuffix\`, \`dualStackDnsSuffix\`,
  \`supportsFIPS\`, \`supportsDualStack\`, \`implicitGlobalRegion\`), the attributes \`aws.partition\` returns.
- Region descriptions are dropped. Of ${regionCount} listed regions, only those are kept that the regex
  lookup alone would put in another partition (they match no \`regionRegex\` and would fall back to
  \`aws\`, or match another partition's) or that override outputs:
  ${kept.length ? kept.map((r) => `\`${r}\``).join(", ") : "none"}.
  Every other region (including \`aws-global\`, which falls back to \`aws\` anyway) resolves the same
  through the regexes.
- Order is the source's: regexes are tried in that order.
`,
);
console.log(`import-partitions: ${partitions.length} partitions, ${kept.length} of ${regionCount} regions kept → ${relative(root, out)}`);
