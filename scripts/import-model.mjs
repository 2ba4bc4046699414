#!/usr/bin/env node
// Derives codegen-model/cognito-identity-provider.json, the Smithy JSON AST the generator reads:
// - every operation and shape botocore knows, converted from its service-2.json, with its paginators
//   and endpoint rule set (scripts/lib/botocoreToSmithy.mjs);
// - the members (and the shapes they need) the official JS client's schemas add to botocore's shapes
//   (scripts/lib/officialClientMembers.mjs);
// - the operations only the official JS client knows yet, from that package's schemas
//   (scripts/lib/officialClientOperations.mjs), plus the HTTP status of errors and the names of enum
//   values, which botocore does not carry;
// - the endpoint test cases of the last published Smithy model (botocore ships none).
// No documentation prose is copied. See codegen-model/README.md for the sources and their versions.
// Usage: npm run import-model [-- --to <file>]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { botocoreToSmithy } from "./lib/botocoreToSmithy.mjs";
import { officialClientDir } from "./lib/officialClient.mjs";
import { officialClientMembers } from "./lib/officialClientMembers.mjs";
import { enumNamesOf, errorStatuses, loadOfficialClient, officialClientOperations } from "./lib/officialClientOperations.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]) : fallback;
};
const reference = resolve(root, "../shared/reference");
const botocore = option("--botocore", resolve(reference, "botocore-cognito-idp"));
const smithyModel = option("--smithy", resolve(reference, "cognito-identity-provider.smithy.json"));
const to = option("--to", resolve(root, "codegen-model/cognito-identity-provider.json"));

const NAMESPACE = "com.amazonaws.cognitoidentityprovider";
/** Known to the official client 3.1169.0, not to botocore 1.43.107 (see ../shared/reference/SOURCES.md). */
const SESSION_OPERATIONS = [
  "AdminListUserSessions",
  "AdminRevokeUserSession",
  "GetUserPoolClientSessionConfiguration",
  "GetUserPoolSessionConfiguration",
  "ListUserSessions",
  "RevokeUserSession",
  "SetUserPoolClientSessionConfiguration",
  "SetUserPoolSessionConfiguration",
];

const read = (file) => JSON.parse(readFileSync(file, "utf8"));

// Test cases of the April 2025 model written against that day's partitions, in which the aws-iso and
// aws-iso-b partitions had no dual-stack. The current partitions (codegen-model/PARTITIONS.md) have it, and
// the official client resolves these to hosts; endpoints.integ.spec.ts checks lithe does the same.
const STALE_ENDPOINT_TESTS = [
  { Region: "us-iso-east-1", UseFIPS: true, UseDualStack: true },
  { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: true },
  { Region: "us-isob-east-1", UseFIPS: true, UseDualStack: true },
  { Region: "us-isob-east-1", UseFIPS: false, UseDualStack: true },
];
const isStale = ({ params = {}, expect }) =>
  expect.error !== undefined &&
  STALE_ENDPOINT_TESTS.some((t) => Object.keys(params).length === 3 && Object.entries(t).every(([k, v]) => params[k] === v));
const endpointTests = (() => {
  const tests = Object.values(read(smithyModel).shapes).find((s) => s.type === "service").traits["smithy.rules#endpointTests"];
  const kept = tests.testCases.filter((t) => !isStale(t));
  if (kept.length !== tests.testCases.length - STALE_ENDPOINT_TESTS.length) throw new Error("The stale endpoint tests were not all found");
  return { ...tests, testCases: kept };
})();

const client = await loadOfficialClient(officialClientDir());
const statuses = errorStatuses(client);

const service = read(resolve(botocore, "service-2.json"));
const { shapes, serviceId } = botocoreToSmithy(service, {
  namespace: NAMESPACE,
  paginators: read(resolve(botocore, "paginators-1.json")),
  ruleSet: read(resolve(botocore, "endpoint-rule-set-1.json")),
  endpointTests,
  enumNames: enumNamesOf(client),
  errorStatus: (name) => statuses.get(name),
});

// Members first, so that the session operations' shapes, wholly from the official client, are not
// counted as additions to botocore's.
const overlay = officialClientMembers(client, { namespace: NAMESPACE, existing: shapes });
Object.assign(shapes, overlay.shapes);

const added = await officialClientOperations(client, SESSION_OPERATIONS, { namespace: NAMESPACE, existing: shapes });
Object.assign(shapes, added);
const serviceShape = shapes[serviceId];
serviceShape.operations = [...serviceShape.operations, ...SESSION_OPERATIONS.map((op) => ({ target: `${NAMESPACE}#${op}` }))].sort((a, b) =>
  a.target < b.target ? -1 : 1,
);

// Shapes in id order, the service first: the same input always gives the same bytes.
const model = { smithy: "2.0", shapes: {} };
for (const shapeId of [serviceId, ...Object.keys(shapes).filter((k) => k !== serviceId).sort()]) model.shapes[shapeId] = shapes[shapeId];

const text = JSON.stringify(model, null, 2) + "\n";
if (/"documentation"|smithy\.api#documentation/.test(text)) throw new Error("Documentation prose leaked into the model");
writeFileSync(to, text);
const operations = serviceShape.operations.length;
console.log(
  `import-model: ${operations} operations (${Object.keys(service.operations).length} botocore, ${SESSION_OPERATIONS.length} official client), ` +
    `${Object.keys(model.shapes).length} shapes → ${to}`,
);
// codegen-model/README.md lists these; importModel.spec.ts checks the list.
console.log(`import-model: ${overlay.members.length} members of botocore's shapes from the official client: ${overlay.members.join(", ")}`);
console.log(`import-model: ${overlay.newShapes.length} shapes those members need: ${overlay.newShapes.join(", ")}`);
