#!/usr/bin/env node
// Copies the upstream Cognito Identity Provider Smithy JSON AST into codegen-model/, dropping only
// documentation prose (it is most of the file and none of it reaches generated code).
// Usage: npm run import-model [-- --from <file>] [--to <file>]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]) : fallback;
};
const from = option("--from", resolve(root, "../shared/reference/cognito-identity-provider.smithy.json"));
const to = option("--to", resolve(root, "codegen-model/cognito-identity-provider.json"));

const PROSE_TRAITS = new Set(["smithy.api#documentation", "smithy.api#examples"]);
// Inside these traits, `documentation` is prose too (rule-set parameters, endpoint test cases).
const RULE_TRAITS = new Set(["smithy.rules#endpointRuleSet", "smithy.rules#endpointTests"]);

/** Removes every `documentation` key, at any depth. */
const withoutDocumentation = (value) => {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) if (key !== "documentation") out[key] = withoutDocumentation(item);
  return out;
};

const stripTraits = (traits) => {
  const out = {};
  for (const [id, value] of Object.entries(traits)) {
    if (PROSE_TRAITS.has(id)) continue;
    out[id] = RULE_TRAITS.has(id) ? withoutDocumentation(value) : value;
  }
  return out;
};

/** Strips the traits of a shape or member; key order is kept as in the source. */
const stripShape = (node) => {
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "traits") {
      const traits = stripTraits(value);
      if (Object.keys(traits).length > 0) out.traits = traits;
    } else if (key === "members") {
      // Keyed by member name, so a member may itself be called "traits".
      out.members = {};
      for (const [name, member] of Object.entries(value)) out.members[name] = stripShape(member);
    } else if (key === "member" || key === "key" || key === "value") {
      out[key] = stripShape(value);
    } else out[key] = value;
  }
  return out;
};

const source = JSON.parse(readFileSync(from, "utf8"));
const model = { ...source, shapes: {} };
for (const [id, shape] of Object.entries(source.shapes)) model.shapes[id] = stripShape(shape);

writeFileSync(to, JSON.stringify(model, null, 2) + "\n");
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(`import-model: ${Object.keys(model.shapes).length} shapes, ${kb(JSON.stringify(source).length)} → ${kb(JSON.stringify(model).length)} → ${to}`);
