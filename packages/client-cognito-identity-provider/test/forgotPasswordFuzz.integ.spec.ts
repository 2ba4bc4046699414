// Throws seeded random inputs at ForgotPasswordCommand through a real client and a loopback
// server, and judges each outcome against an independent reading of the model's constraints:
// valid inputs are sent, exactly as the model says they serialize; invalid ones are rejected with
// a ValidationError naming exactly the broken members, before anything is sent, without echoing
// sensitive values. Reproduce a failure with LITHE_FUZZ_SEED=<seed> (printed on failure).
import { createHmac } from "node:crypto";
import { CognitoIdentityProviderClient, ForgotPasswordCommand } from "@lithe/client-cognito-identity-provider";
import { ValidationError } from "@lithe/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScriptedServer, type ScriptedServer } from "../../core/test/support/scriptedServer.js";
import { forgotPasswordInput, seededRandom } from "./support/forgotPasswordInputs.js";
import { expectedBody, inputConstraints, sensitiveStrings, violatedPaths } from "./support/modelConstraints.js";

const SEED = Number(process.env.LITHE_FUZZ_SEED ?? 0x11e7e5ed);
const INPUTS = 10_000;
/** Far beyond what a loopback call takes; a call still pending then is a hang. */
const SETTLE_WITHIN_MS = 5_000;
const CLIENT_SECRET = "fuzz-app-client-secret-0123456789abcdefghijklmnop";
const DELIVERY = { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: "u***@e***" };
const MEMBERS = ["ClientId", "Username", "SecretHash", "UserContextData", "AnalyticsMetadata", "ClientMetadata"];

const constraints = inputConstraints("ForgotPasswordRequest");
/** Taken before any input is built, to notice prototype pollution afterwards. */
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
let server: ScriptedServer;
let client: CognitoIdentityProviderClient;

beforeAll(async () => {
  server = await startScriptedServer();
  server.fallback = {
    status: 200,
    headers: { "content-type": "application/x-amz-json-1.1" },
    body: JSON.stringify({ CodeDeliveryDetails: DELIVERY }),
  };
  // Keep-alive (lithe's default agent), one attempt: every valid input is exactly one request.
  client = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint: server.url, maxAttempts: 1, clientSecret: CLIENT_SECRET });
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
});

/** The promise's outcome, or "pending" if it has not settled in time. */
const settle = (promise: Promise<unknown>) =>
  new Promise<{ output?: any; error?: any; pending?: true }>((resolve) => {
    const timer = setTimeout(() => resolve({ pending: true }), SETTLE_WITHIN_MS);
    promise.then(
      (output) => resolve({ output }),
      (error) => resolve({ error }),
    ).finally(() => clearTimeout(timer));
  });

/** JSON with keys sorted at every level; own `__proto__` keys included. */
const canonical = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
};

const secretHash = (username: string, clientId: string) => createHmac("sha256", CLIENT_SECRET).update(username + clientId).digest("base64");

describe(`ForgotPassword input fuzzing (seed ${SEED})`, () => {
  const stats = { accepted: 0, rejected: 0, rejectedBy: Object.fromEntries(MEMBERS.map((m) => [m, 0])) as Record<string, number> };
  const problems: string[] = [];
  const problem = (index: number, text: string) => {
    if (problems.length < 20) problems.push(`input #${index} (seed ${SEED}): ${text}`);
    else if (problems.length === 20) problems.push("… more problems left out");
  };

  it(`sends the ${INPUTS} inputs the model accepts and rejects the others before sending`, { timeout: 120_000 }, async () => {
    const random = seededRandom(SEED);
    for (let index = 0; index < INPUTS; index++) {
      const input = forgotPasswordInput(random);
      // The command keeps an own copy made with object spread (so even `"abc"` becomes {0,1,2}); that
      // copy is what lithe validates and sends, so it is what the model is asked about.
      const copy = { ...(input as object) } as Record<string, unknown>;
      const expected = violatedPaths(constraints, copy);
      const requestsBefore = server.requests.length;
      let result;
      try {
        result = await settle(client.send(new ForgotPasswordCommand(input as any)));
      } catch (error) {
        result = { error };
      }
      const sent = server.requests.length - requestsBefore;

      if (result.pending) {
        problem(index, `did not settle within ${SETTLE_WITHIN_MS} ms`);
        continue;
      }
      if (expected.size === 0) {
        stats.accepted++;
        if (result.error) {
          problem(index, `valid input rejected: ${result.error?.name}: ${String(result.error?.message).slice(0, 300)}`);
          continue;
        }
        if (sent !== 1) problem(index, `valid input sent ${sent} requests`);
        if (canonical(result.output?.CodeDeliveryDetails) !== canonical(DELIVERY)) problem(index, "output not parsed");
        const body = expectedBody(constraints, copy) as Record<string, unknown>;
        body["SecretHash"] ??= secretHash(copy["Username"] as string, copy["ClientId"] as string);
        const received = server.requests.at(-1)!.body.toString("utf8");
        if (canonical(JSON.parse(received)) !== canonical(body)) {
          problem(index, `body differs from the model's serialization: ${received.slice(0, 300)}`);
        }
        continue;
      }

      stats.rejected++;
      const error = result.error;
      if (sent !== 0) problem(index, `invalid input sent ${sent} requests`);
      if (!(error instanceof ValidationError) || error.name !== "ValidationError") {
        problem(index, `invalid input ${error ? `failed with ${error.name}: ${String(error.message).slice(0, 200)}` : "was accepted"}`);
        continue;
      }
      const reported = new Set(error.violations.map((v) => v.path));
      if (canonical([...reported].sort()) !== canonical([...expected].sort())) {
        problem(index, `violations ${canonical([...reported])}, the model says ${canonical([...expected])}`);
      }
      for (const path of reported) {
        if (!error.message.includes(`\n  ${path}: `)) problem(index, `message does not list ${path}`);
        stats.rejectedBy[path.split(/[.[]/)[0]!]++;
      }
      // Map keys that are not sensitive may appear in paths; a sensitive value equal to one is no leak.
      const shownKeys = new Set(Object.keys((copy["ClientMetadata"] as object | null) ?? {}));
      for (const value of sensitiveStrings(constraints, copy)) {
        if (value.length >= 8 && !shownKeys.has(value) && error.message.includes(value)) {
          problem(index, "a sensitive value appears in the message");
        }
      }
    }

    const { accepted, rejected, rejectedBy } = stats;
    console.info(`forgotPasswordFuzz seed ${SEED}: ${INPUTS} inputs, ${accepted} accepted, ${rejected} rejected; rejections by member:`, rejectedBy);
    expect(problems).toEqual([]);
    expect(stats.accepted + stats.rejected).toBe(INPUTS);
    expect(server.requests.length, "requests that reached the server").toBe(stats.accepted);
  });

  it("exercised both outcomes and a violation of every member", () => {
    expect(stats.accepted).toBeGreaterThan(INPUTS * 0.15);
    expect(stats.rejected).toBeGreaterThan(INPUTS * 0.15);
    for (const name of MEMBERS) expect(stats.rejectedBy[name], name).toBeGreaterThan(20);
  });

  it("left Object.prototype untouched", () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["ClientId"]).toBeUndefined();
  });
});
