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
  // Issue 14's 8-command auth page, signing in with SRP (issue 15): the SRP code is a lazy chunk.
  authPageWithSrp: `
import {
  CognitoIdentityProviderClient, ConfirmForgotPasswordCommand, ConfirmSignUpCommand, ForgotPasswordCommand, GetUserCommand,
  GlobalSignOutCommand, InitiateAuthCommand, RespondToAuthChallengeCommand, SignUpCommand, signInWithSrp,
} from "${client}";
const client = new CognitoIdentityProviderClient({ region: "us-east-1" });
const send = (Command) => (input) => client.send(new Command(input));
export const signUp = send(SignUpCommand), confirmSignUp = send(ConfirmSignUpCommand), initiateAuth = send(InitiateAuthCommand);
export const respondToAuthChallenge = send(RespondToAuthChallengeCommand), forgotPassword = send(ForgotPasswordCommand);
export const confirmForgotPassword = send(ConfirmForgotPasswordCommand), getUser = send(GetUserCommand), globalSignOut = send(GlobalSignOutCommand);
export const signIn = (input) => signInWithSrp(client, input);
`,
  wholeClient: `
import * as cognito from "${client}";
export default cognito;
`,
  official: forgotPasswordOnly(official),
  // The floor under the budget: the two runtime dependencies every lithe call goes through (the
  // middleware stack, HttpRequest/HttpResponse) and a bare fetch with JSON in and out; no
  // validation, retries, endpoint rules, error typing, timeouts or headers. What is left of the
  // budget above this is what lithe's own runtime may cost.
  floor: `
import { constructStack } from "@smithy/middleware-stack";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
export const forgotPassword = async (input) => {
  const stack = constructStack();
  stack.add((next) => (args) => next(args), { step: "serialize", name: "serializerMiddleware" });
  const handler = stack.resolve(async ({ request }) => {
    const r = await fetch(\`https://\${request.hostname}/\`, { method: "POST", headers: request.headers, body: request.body });
    return { response: new HttpResponse({ statusCode: r.status, headers: Object.fromEntries(r.headers), body: await r.text() }) };
  }, {});
  const { response } = await handler({ input, request: new HttpRequest({ hostname: "cognito-idp.us-east-1.amazonaws.com", body: JSON.stringify(input) }) });
  return JSON.parse(response.body);
};
`,
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

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
/**
 * What a page downloads before its first call: the initial chunks, each gzipped on its own (each is
 * a file of its own); `lazy` is what only `import()` reaches: opt-in features (a client secret,
 * adaptive retries, signing) that the default config never loads.
 */
const measure = (built) => {
  const sum = (chunks, size) => chunks.reduce((total, chunk) => total + size(chunk.code), 0);
  return {
    min: sum(built.initial, Buffer.byteLength),
    gzip: sum(built.initial, gzipSize),
    lazy: built.lazy.map((chunk) => ({ file: chunk.fileName, min: Buffer.byteLength(chunk.code), gzip: gzipSize(chunk.code), modules: chunk.modules?.map(shortModule) })),
  };
};
const shortModule = (id) => id.replace(/\\/g, "/").replace(/^.*\/(packages|node_modules)\//, "");
const allCode = (built) => [...built.initial, ...built.lazy].map((chunk) => chunk.code).join("\n");

const results = {};
for (const [name, source] of Object.entries(ENTRIES)) {
  const built = await bundleWithRollup({ root, name, source, sourcemap: name === "forgotPassword" });
  results[name] = { bundler: "rollup", ...measure(built), built };
}
try {
  const built = await bundleWithEsbuild({ root, name: "forgotPassword", source: ENTRIES.forgotPassword });
  results.forgotPasswordEsbuild = { bundler: "esbuild", ...measure(built), built };
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
  // Lazy chunks too: code an unsigned app could ever load must not sign or look for credentials.
  for (const what of findMarkers(allCode(r.built), [...NODE_ONLY, ...SIGNING_AND_CREDENTIALS])) failures.push(`${label} contains ${what}`);
}
// SRP is loaded on use: a page that never calls signInWithSrp must not carry it, even lazily.
for (const key of ["forgotPassword", "recovery"]) {
  if (/Caldera Derived Key/.test(allCode(results[key].built))) failures.push(`${key} bundle (rollup) contains the SRP code`);
}
if (!results.authPageWithSrp.built.lazy.some((chunk) => /Caldera Derived Key/.test(chunk.code))) failures.push("authPageWithSrp: the SRP code is not in a lazy chunk");
for (const key of ["recovery", "wholeClient"]) {
  for (const what of findMarkers(allCode(results[key].built), NODE_ONLY)) failures.push(`${key} bundle (rollup) contains ${what}`);
}

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
const size = (bytes) => `${bytes.toLocaleString("en-US")} B (${(bytes / 1024).toFixed(1)} KiB)`;
const rows = [
  ["lithe: ForgotPassword only", results.forgotPassword],
  ["lithe: ForgotPassword only (esbuild)", results.forgotPasswordEsbuild],
  ["lithe: ForgotPassword + ConfirmForgotPassword", results.recovery],
  ["lithe: 8-command auth page + signInWithSrp", results.authPageWithSrp],
  ["lithe: whole client (import *)", results.wholeClient],
  ["@aws-sdk: ForgotPassword only", results.official],
  ["floor: middleware stack + HttpRequest + fetch", results.floor],
];
const lazyGzip = (r) => r.lazy.reduce((total, chunk) => total + chunk.gzip, 0);
console.log(`${pad("bundle (initial load)", 48)}${padStart("minified", 22)}${padStart("gzip", 22)}${padStart("+ lazy chunks, gzip", 26)}`);
for (const [label, r] of rows) {
  if (r.error) console.log(`${pad(label, 48)}  failed: ${r.error}`);
  else {
    const lazy = r.lazy.length ? `${lazyGzip(r).toLocaleString("en-US")} B in ${r.lazy.length}` : "none";
    console.log(`${pad(label, 48)}${padStart(size(r.min), 22)}${padStart(size(r.gzip), 22)}${padStart(lazy, 26)}`);
  }
}
const fpLazy = results.forgotPassword.lazy;
if (fpLazy.length) {
  console.log("\nForgotPassword only, lazy chunks (loaded on first use of an opt-in feature, never with the default config):");
  for (const chunk of fpLazy) console.log(`${padStart(chunk.gzip, 8)} B gzip  ${chunk.file}: ${chunk.modules.join(", ")}`);
}
const ratio = {
  min: results.official.min / results.forgotPassword.min,
  gzip: results.official.gzip / results.forgotPassword.gzip,
};
console.log(
  `\nForgotPassword only: the official SDK's bundle is ${ratio.gzip.toFixed(1)}× lithe's gzipped (${ratio.min.toFixed(1)}× minified). ` +
    `Budget: ${size(BUDGET_GZIP)} gzipped; lithe: ${size(results.forgotPassword.gzip)}.`,
);

// Where the ForgotPassword-only initial bytes come from, mapped back through dist's source maps.
const merge = (lists) => {
  const rows = new Map();
  for (const row of lists.flat()) {
    const seen = rows.get(row.source) ?? { source: row.source, min: 0, gzip: 0 };
    rows.set(row.source, { source: row.source, min: seen.min + row.min, gzip: seen.gzip + row.gzip });
  }
  return [...rows.values()].sort((a, b) => b.min - a.min);
};
const initialChunks = results.forgotPassword.built.initial;
const breakdown = merge(initialChunks.map((chunk) => attributeBytes(chunk.code, chunk.map)));
const byArea = merge(initialChunks.map((chunk) => attributeBytes(chunk.code, chunk.map, areaOf)));
const printRows = (title, list) => {
  console.log(`\n${title}\n${padStart("min", 8)}${padStart("gzip", 8)}`);
  for (const row of list.slice(0, topRows)) console.log(`${padStart(row.min, 8)}${padStart(row.gzip, 8)}  ${row.source}`);
  if (list.length > topRows) {
    const rest = list.slice(topRows);
    console.log(`${padStart(rest.reduce((s, r) => s + r.min, 0), 8)}${padStart("", 8)}  (${rest.length} more)`);
  }
};
printRows("ForgotPassword-only bundle (rollup, initial load) by area: minified bytes, and what they gzip to alone", byArea);
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
