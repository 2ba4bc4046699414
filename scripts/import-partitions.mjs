#!/usr/bin/env node
// Writes codegen-model/partitions.json (and PARTITIONS.md) from the AWS SDK's partitions table, trimmed to
// what `aws.partition` needs. Usage: node scripts/import-partitions.mjs [--from <partitions.js|.json>]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const fromArg = args.indexOf("--from") >= 0 ? resolve(args[args.indexOf("--from") + 1]) : undefined;

// Where SDK releases have kept the table: @aws-sdk/core since 3.9xx, @aws-sdk/util-endpoints before.
const CANDIDATES = [
  "node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js",
  "node_modules/@aws-sdk/util-endpoints/dist-es/lib/aws/partitions.json",
  "node_modules/@aws-sdk/util-endpoints/dist-cjs/lib/aws/partitions.json",
];
const from = fromArg ?? CANDIDATES.map((c) => resolve(root, c)).find((c) => existsSync(c));
if (!from) throw new Error(`No partitions table found; tried ${CANDIDATES.join(", ")}. Pass --from <file>.`);

// partitions.js is `export const partitionsInfo = { …JSON… };`: read the JSON, never execute the file.
const text = readFileSync(from, "utf8");
const source = JSON.parse(from.endsWith(".json") ? text : text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));

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

const out = resolve(root, "codegen-model/partitions.json");
writeFileSync(out, JSON.stringify({ version: source.version, partitions }, null, 2) + "\n");

const origin = relative(root, from);
const regionCount = source.partitions.reduce((n, p) => n + Object.keys(p.regions ?? {}).length, 0);
writeFileSync(
  resolve(root, "codegen-model/PARTITIONS.md"),
  `# partitions.json

The AWS partitions table that the endpoint rule set's \`aws.partition\` function reads
(https://smithy.io/2.0/aws/rules-engine/library-functions.html#aws-partition-function). The generator
copies it into the client's \`endpoint/ruleSet.ts\`; \`resolveEndpoint\` takes it as its third argument.

## Source

- File: \`${origin}\`
- Package: \`${packageOf(from)}\` (installed as a dependency of the official SDK, a devDependency here)
- Table version: \`${source.version}\`
- License: Apache License 2.0, Copyright Amazon.com, Inc. or its affiliates.

## What was trimmed

Written by \`scripts/import-partitions.mjs\`; re-run it after updating the official SDK:

\`\`\`sh
node scripts/import-partitions.mjs                     # from the installed SDK
node scripts/import-partitions.mjs --from <file>       # from another partitions.js / partitions.json
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
console.log(`import-partitions: ${partitions.length} partitions, ${kept.length} of ${regionCount} regions kept, from ${origin} (${packageOf(from)}) → ${relative(root, out)}`);
