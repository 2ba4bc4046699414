// Runs examples/node/recovery.mjs end to end against cognito-local, answering its prompts on stdin.
// The example is bundled against lithe's sources (as every test runs on sources, not dist).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CognitoIdentityProviderClient, InitiateAuthCommand } from "@lithe/client-cognito-identity-provider";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { type AppClient, createAppClient, createConfirmedUser, createPool, emailOf, localClient } from "./support/cognitoLocalSetup.js";

const source = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

let local: CognitoLocal;
let admin: CognitoIdentityProviderClient;
let userPoolId: string;
let appClient: AppClient;
let workDir: string;
let script: string;

beforeAll(async () => {
  local = await startCognitoLocal();
  admin = localClient(local.endpoint);
  userPoolId = await createPool(admin, "example");
  appClient = await createAppClient(admin, userPoolId, "example-app", { generateSecret: true });
  workDir = await mkdtemp(join(tmpdir(), "lithe-node-example-"));
  script = join(workDir, "recovery.mjs");
  await build({
    entryPoints: [source("examples/node/recovery.mjs")],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "silent",
    alias: {
      "@lithe/client-cognito-identity-provider": source("packages/client-cognito-identity-provider/src/index.ts"),
      "@lithe/core": source("packages/core/src/index.ts"),
    },
  });
});

afterAll(async () => {
  admin?.destroy();
  await local?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the example as a user would; `answer` is called with the output so far at each prompt. */
const runExample = (env: Record<string, string>, answer: (stdout: string) => Promise<string | undefined>) =>
  new Promise<Run>((resolve, reject) => {
    // Only what the example reads: no AWS credentials from the machine running the test.
    const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (/(Code|New password): $/.test(stdout)) {
        answer(stdout).then((line) => (line === undefined ? child.stdin.end() : child.stdin.write(`${line}\n`)), reject);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });

const envFor = (username: string) => ({
  CLIENT_ID: appClient.clientId,
  CLIENT_SECRET: appClient.clientSecret!,
  USERNAME: username,
  AWS_REGION: "us-east-1",
  COGNITO_ENDPOINT: local.endpoint,
});

describe("examples/node/recovery.mjs", () => {
  it("resets the password with the code typed at its prompt", { timeout: 20_000 }, async () => {
    await createConfirmedUser(admin, userPoolId, "nora", "Old-Passw0rd!");
    const run = await runExample(envFor("nora"), async (stdout) =>
      stdout.endsWith("Code: ") ? local.getConfirmationCode(userPoolId, "nora") : "Brand-New-Passw0rd!",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`A code was sent by EMAIL to ${emailOf("nora")}.`);
    expect(run.stdout).toContain("Password changed.");
    expect(run.stdout).not.toContain("Brand-New-Passw0rd!");

    const app = localClient(local.endpoint, { clientSecret: appClient.clientSecret });
    try {
      const AuthParameters = { USERNAME: "nora", PASSWORD: "Brand-New-Passw0rd!" };
      const auth = await app.send(new InitiateAuthCommand({ ClientId: appClient.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters }));
      expect(auth.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    } finally {
      app.destroy();
    }
  });

  it("exits 1 with a readable message for a wrong code", { timeout: 20_000 }, async () => {
    await createConfirmedUser(admin, userPoolId, "otto", "Old-Passw0rd!");
    const run = await runExample(envFor("otto"), async (stdout) => {
      if (!stdout.endsWith("Code: ")) return "Brand-New-Passw0rd!";
      const code = await local.getConfirmationCode(userPoolId, "otto");
      return code === "000000" ? "111111" : "000000";
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("That code is wrong. Run again to get a new one.");
  });

  it("exits 1 naming the unknown user, without prompting", { timeout: 20_000 }, async () => {
    const run = await runExample(envFor("nobody"), async () => undefined);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe("No user nobody in this user pool.");
  });

  it("exits 2 and says what to set when the variables are missing", { timeout: 20_000 }, async () => {
    const run = await runExample({}, async () => undefined);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Set CLIENT_ID, USERNAME and AWS_REGION");
  });
});
