#!/usr/bin/env node
// `npm run size`: browser bundle sizes, built the way a front-end app would build them (rollup with
// node-resolve's browser condition, commonjs and terser) from the published packages
// (node_modules/@lithe/* → dist, through their `exports`), next to the official AWS SDK built the
// same way. Fails when the ForgotPassword-only bundle is over budget or carries Node-only,
// credential-chain or signing code, with rollup or with esbuild.
//
//   npm run size              rebuilds dist first when it is missing or older than the sources
//   npm run size -- --build   always rebuilds dist first
//   npm run size -- --no-budget   reports the 6 KB budget without failing on it
//   npm run size -- --top=40  more rows in the breakdown
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { attributeBytes, bundleWithEsbuild, bundleWithRollup } from "./lib/bundleSize.mjs";
import { ensureFreshDist } from "./lib/ensureFreshDist.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const topRows = Number(args.find((a) => a.startsWith("--top="))?.slice(6) ?? 25);

/** gzip budget of the ForgotPassword-only bundle (issue 6). */
const BUDGET_GZIP = 6 * 1024;

const client = "@lithe/client-cognito-identity-provider";
const official = "@aws-sdk/client-cognito-identity-provider";
// The entries an app would write. The default client config: region only, no client secret.
const forgotPasswordOnly = (pkg) => `
import { CognitoIdentityProviderClient, ForgotPasswordCommand } from "${pkg}";
const client = new CognitoIdentityProviderClient({ region: "us-east-1" });
export const forgotPassword = (ClientId, Username) => client.send(new ForgotPasswordCommand({ ClientId, Username }));
`;
const ENTRIES = {
  forgotPassword: forgotPasswordOnly(client),
  recovery: `
import { CognitoIdentityProviderClient, ConfirmForgotPasswordCommand, ForgotPasswordCommand } from "${client}";
const client = new CognitoIdentityProviderClient({ region: "us-east-1" });
export const forgotPassword = (input) => client.send(new ForgotPasswordCommand(input));
export const confirmForgotPassword = (input) => client.send(new ConfirmForgotPasswordCommand(input));
`,
  wholeClient: `
import * as cognito from "${client}";
export default cognito;
`,
  official: forgotPasswordOnly(official),
};

const GUARDED_BUFFER =
  /(?:typeof Buffer\s*!==?\s*"undefined"|"undefined"\s*!==?\s*typeof Buffer)\s*&&\s*Buffer\.from\s*\?\s*function\s*\(\w+\)\s*\{\s*return Buffer\.from\(\w+,\s*"utf8"\);?\s*\}/g;

/** Markers of code a browser bundle must never contain, with what their presence means. */
const NODE_ONLY = [
  ["a node: import", /["'`]node:[a-z]/],
  ["a CommonJS require() of a module", /\brequire\(\s*["'`]/],
  ["process.* (Node global)", /\bprocess\./],
  // @aws-crypto/sha256-js (the signer's hash, only in bundles with signed commands) reads Buffer
  // behind a `typeof Buffer !== "undefined"` guard; any other mention is a Node-only path.
  ["Buffer (Node global)", (code) => /\bBuffer\b/.test(code.replace(GUARDED_BUFFER, ""))],
  ["file reading (readFile)", /readFile/],
  ["the shared credentials file (AWS_SHARED_CREDENTIALS_FILE)", /AWS_SHARED_CREDENTIALS_FILE/],
];
/** Only an app that calls signed commands needs these; an unsigned-only bundle must shake them off. */
const SIGNING_AND_CREDENTIALS = [
  ["the shared config files (~/.aws)", /~\/\.aws|\.aws\/(?:credentials|config)/],
  ["credentials from the environment (AWS_ACCESS_KEY_ID)", /AWS_ACCESS_KEY_ID|AWS_PROFILE/],
  ["the SigV4 signer (AWS4-HMAC-SHA256)", /AWS4-HMAC-SHA256|aws4_request/],
];
/** Folders a reader thinks in: the generated client, core's folders, the bundled Smithy packages. */
const areaOf = (file) => {
  if (file.startsWith("client-cognito-identity-provider/src/generated/")) return "client (generated)";
  if (file.startsWith("@smithy/")) return "@smithy/* (middleware stack, HttpRequest/HttpResponse)";
  const core = /^core\/src\/([^/]+)\//.exec(file);
  return core ? `core/src/${core[1]}/` : file;
};
const findMarkers = (code, markers) =>
  markers.filter(([, test]) => (typeof test === "function" ? test(code) : test.test(code))).map(([what]) => what);

// ---------------------------------------------------------------------------------------------
// dist must be current: the bundles are built from it, as an app would.

try {
  ensureFreshDist({ force: args.includes("--build") });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------

const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });

const results = {};
for (const [name, source] of Object.entries(ENTRIES)) {
  const built = await bundleWithRollup({ root, name, source, sourcemap: name === "forgotPassword" });
  results[name] = { bundler: "rollup", ...measure(built.code), built };
}
try {
  const code = await bundleWithEsbuild({ root, source: ENTRIES.forgotPassword });
  results.forgotPasswordEsbuild = { bundler: "esbuild", ...measure(code), built: { code } };
} catch (error) {
  results.forgotPasswordEsbuild = { bundler: "esbuild", error: String(error?.message ?? error).split("\n")[0] };
}

// ---------------------------------------------------------------------------------------------

const failures = [];
// `--no-budget` reports the budget without failing on it (CI, while issue 6's 6 KB goal is not met);
// the Node-only and signing checks always fail the run.
const enforceBudget = !args.includes("--no-budget");
const budgetWarnings = [];
for (const key of ["forgotPassword", "forgotPasswordEsbuild"]) {
  const r = results[key];
  const label = `ForgotPassword-only bundle (${r.bundler})`;
  if (r.error) {
    failures.push(`${label} did not build: ${r.error}`);
    continue;
  }
  if (r.gzip > BUDGET_GZIP) {
    const over = `${label} is ${r.gzip} bytes gzipped, over the ${BUDGET_GZIP}-byte budget`;
    (enforceBudget ? failures : budgetWarnings).push(over);
  }
  for (const what of findMarkers(r.built.code, [...NODE_ONLY, ...SIGNING_AND_CREDENTIALS])) failures.push(`${label} contains ${what}`);
}
for (const key of ["recovery", "wholeClient"]) {
  for (const what of findMarkers(results[key].built.code, NODE_ONLY)) failures.push(`${key} bundle (rollup) contains ${what}`);
}

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
const size = (bytes) => `${bytes.toLocaleString("en-US")} B (${(bytes / 1024).toFixed(1)} KiB)`;
const rows = [
  ["lithe: ForgotPassword only", results.forgotPassword],
  ["lithe: ForgotPassword only (esbuild)", results.forgotPasswordEsbuild],
  ["lithe: ForgotPassword + ConfirmForgotPassword", results.recovery],
  ["lithe: whole client (import *)", results.wholeClient],
  ["@aws-sdk: ForgotPassword only", results.official],
];
console.log(`${pad("bundle", 48)}${padStart("minified", 22)}${padStart("gzip", 22)}`);
for (const [label, r] of rows) {
  if (r.error) console.log(`${pad(label, 48)}  failed: ${r.error}`);
  else console.log(`${pad(label, 48)}${padStart(size(r.min), 22)}${padStart(size(r.gzip), 22)}`);
}
const ratio = {
  min: results.official.min / results.forgotPassword.min,
  gzip: results.official.gzip / results.forgotPassword.gzip,
};
console.log(
  `\nForgotPassword only: the official SDK's bundle is ${ratio.gzip.toFixed(1)}× lithe's gzipped (${ratio.min.toFixed(1)}× minified). ` +
    `Budget: ${size(BUDGET_GZIP)} gzipped; lithe: ${size(results.forgotPassword.gzip)}.`,
);

// Where the ForgotPassword-only bytes come from, mapped back through dist's source maps.
const { code: fpCode, map: fpMap } = results.forgotPassword.built;
const breakdown = attributeBytes(fpCode, fpMap);
const byArea = attributeBytes(fpCode, fpMap, areaOf);
const printRows = (title, list) => {
  console.log(`\n${title}\n${padStart("min", 8)}${padStart("gzip", 8)}`);
  for (const row of list.slice(0, topRows)) console.log(`${padStart(row.min, 8)}${padStart(row.gzip, 8)}  ${row.source}`);
  if (list.length > topRows) {
    const rest = list.slice(topRows);
    console.log(`${padStart(rest.reduce((s, r) => s + r.min, 0), 8)}${padStart("", 8)}  (${rest.length} more)`);
  }
};
printRows("ForgotPassword-only bundle (rollup) by area: minified bytes, and what they gzip to alone", byArea);
printRows("... and by source file", breakdown);

const reportDir = join(root, ".tmp");
mkdirSync(reportDir, { recursive: true });
const reportFile = join(reportDir, "size-report.json");
const strip = ({ built, ...rest }) => rest;
writeFileSync(
  reportFile,
  `${JSON.stringify(
    {
      budgetGzip: BUDGET_GZIP,
      bundles: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, strip(v)])),
      ratioOfficialToLithe: ratio,
      forgotPasswordBreakdown: { byArea, byFile: breakdown },
      failures,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nreport: ${reportFile}`);

if (budgetWarnings.length > 0) {
  console.warn(`\nsize budget NOT met (not enforced with --no-budget):\n${budgetWarnings.map((f) => `  - ${f}`).join("\n")}`);
}
if (failures.length > 0) {
  console.error(`\nsize check FAILED:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
console.log("size check passed");
