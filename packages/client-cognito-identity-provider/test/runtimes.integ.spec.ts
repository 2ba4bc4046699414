// lithe's password-recovery flow on every runtime it promises: Node, Bun, Deno and Cloudflare's
// workerd, all installed from npm as devDependencies. Each runs the same script (runtimes/recoveryFlow.mjs)
// against cognito-local on loopback, with the built packages: Node, Bun and Deno import dist/ through
// the packages' `exports` as an app does; workerd runs a bundle esbuild makes from dist/ with the
// conditions a Workers build uses, in Miniflare.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CognitoIdentityProviderClient } from "@lithe/client-cognito-identity-provider";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { ensureFreshDist } from "../../../scripts/lib/ensureFreshDist.mjs";
import { createAppClient, createConfirmedUser, createPool, emailOf, localClient } from "./support/cognitoLocalSetup.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const runtimesDir = fileURLToPath(new URL("./runtimes/", import.meta.url));
const require = createRequire(import.meta.url);

/**
 * A runtime's binary from its npm packages, whether or not npm ran the package's postinstall (npm 11
 * may skip install scripts): that script only moves or links the binary out of the platform package
 * (`@oven/bun-linux-x64`, `@deno/linux-x64-glibc`) and leaves a small stub otherwise.
 */
const binary = (...candidates: string[]): string => {
  for (const candidate of candidates) {
    let path: string;
    try {
      path = require.resolve(candidate);
    } catch {
      continue;
    }
    if (statSync(path).size > 1_000_000) return path;
  }
  throw new Error(`none of ${candidates.join(", ")} is installed: run npm install`);
};
const platform = `${process.platform}-${process.arch}`;
const bin = {
  bun: binary("bun/bin/bun.exe", `@oven/bun-${platform}/bin/bun`, `@oven/bun-${platform}-baseline/bin/bun`),
  deno: binary("deno/deno", `@deno/${platform}-glibc/deno`, `@deno/${platform}/deno`),
};

let local: CognitoLocal;
let admin: CognitoIdentityProviderClient;
let flow: { endpoint: string; clientId: string; username: string; unknownUsername: string };

beforeAll(async () => {
  ensureFreshDist({ stdio: "pipe" });
  local = await startCognitoLocal();
  admin = localClient(local.endpoint);
  const userPoolId = await createPool(admin, "runtimes");
  const { clientId } = await createAppClient(admin, userPoolId, "runtimes-app");
  await createConfirmedUser(admin, userPoolId, "runtime-user", "Runtime-Passw0rd!");
  flow = { endpoint: local.endpoint, clientId, username: "runtime-user", unknownUsername: "nobody-here" };
}, 120_000);

afterAll(async () => {
  admin?.destroy();
  await local?.stop();
});

/** Runs a command without blocking this process, which serves cognito-local; resolves to its stdout. */
const run = (command: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} exited with ${code}: ${stderr}`))));
  });

const cli = (command: string, ...args: string[]) => async () =>
  JSON.parse(await run(command, [...args, join(runtimesDir, "cli.mjs"), JSON.stringify(flow)]));

/** The worker, bundled from dist/ as wrangler bundles a Worker (esbuild, workerd/worker/browser conditions). */
const workerd = async () => {
  const bundle = await build({
    entryPoints: [join(runtimesDir, "worker.mjs")],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    // The packages as published: not the repository's tsconfig paths, which point at the sources.
    tsconfigRaw: "{}",
    logLevel: "silent",
  });
  const mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: "2025-01-01",
    bindings: { FLOW: JSON.stringify(flow) },
  });
  try {
    const response = await mf.dispatchFetch("http://worker.test/");
    return await response.json();
  } finally {
    await mf.dispose();
  }
};

const runtimes: [string, RegExp, () => Promise<any>][] = [
  ["Node", new RegExp(`^node ${process.versions.node}$`), cli(process.execPath)],
  ["Bun", /^bun \d/, cli(bin.bun, "run")],
  // Deno reads dist/ through node_modules; it may reach the network (loopback) and the environment (region, config).
  ["Deno", /^deno \d/, cli(bin.deno, "run", "--no-prompt", "--allow-net=127.0.0.1", "--allow-env", "--allow-read", "--allow-sys")],
  ["workerd", /^workerd$/, workerd],
];

describe("the password-recovery flow on every runtime", () => {
  it.each(runtimes)("runs on %s: a code is sent, and an unknown user is a typed UserNotFoundException", async (_name, runtime, runFlow) => {
    expect(await runFlow()).toEqual({
      runtime: expect.stringMatching(runtime),
      delivery: { DeliveryMedium: "EMAIL", AttributeName: "email", Destination: emailOf("runtime-user") },
      httpStatusCode: 200,
      error: { name: "UserNotFoundException", isUserNotFoundException: true, isServiceException: true, fault: "client", httpStatusCode: 400 },
    });
  });
});
