import type { Agent } from "node:http";
import {
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
  ForgotPasswordCommand,
} from "@lithe/client-cognito-identity-provider";
import { afterAll, afterEach, beforeEach, expect } from "vitest";
import { startScriptedServer, type Respond, type ScriptedServer } from "../../../../core/test/support/scriptedServer.js";
import { collectingLogger, expectNoSecretsLogged, registerSecrets } from "./logCollector.js";

/**
 * The fault suite's frame: a fresh scripted server per test, clients pointed at it, and after
 * every test the proof that nothing was left behind: every call settled, no socket in use on any
 * client, no socket open on the server beyond the idle keep-alive ones, and none at all once the
 * clients are destroyed. After the file, no known secret in any log record.
 */

export const CLIENT_ID = "faultsuiteclient0001";
export const USERNAME = "fault.suite.user@example.com";
export const FAKE_CREDENTIALS = { accessKeyId: "AKIAFAULTSUITE000001", secretAccessKey: "faultSuiteSecretAccessKey/000000000000001" };
registerSecrets(USERNAME, FAKE_CREDENTIALS.secretAccessKey);

export const JSON_HEADERS = { "content-type": "application/x-amz-json-1.1" };

/** A 200 answer with a JSON body. */
export const ok = (body: object = {}, headers: Record<string, string> = {}): Respond => ({
  status: 200,
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify(body),
});

/** An awsJson1_1 error answer: `__type` and `message` in the body. */
export const fault = (status: number, type: string, headers: Record<string, string> = {}, message = `${type} from the script`): Respond => ({
  status,
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify({ __type: type, message }),
});

export const forgotPassword = (): ForgotPasswordCommand => new ForgotPasswordCommand({ ClientId: CLIENT_ID, Username: USERNAME });

export interface FaultHarness {
  readonly server: ScriptedServer;
  /** A client for the server (or `endpoint`), logging into the collector; destroyed after the test. */
  client(config?: CognitoIdentityProviderClientConfig): CognitoIdentityProviderClient;
  /** Runs a call that must succeed within `withinMs` (measured from the send); returns its output. */
  succeeds<T>(send: () => Promise<T>, withinMs: number): Promise<T>;
  /** Runs a call that must fail within `withinMs`; returns the error. */
  fails(send: () => Promise<unknown>, withinMs: number): Promise<any>;
  /** Registers a call the test awaits itself; the harness checks it settled. */
  track<T>(promise: Promise<T>): Promise<T>;
}

/** How long a call may stay pending past its bound before the test reports it as never settling. */
const GUARD_SLACK_MS = 5_000;

export const useFaultHarness = (): FaultHarness => {
  let server: ScriptedServer | undefined;
  let clients: CognitoIdentityProviderClient[] = [];
  let calls: Array<{ settled: boolean }> = [];

  beforeEach(async () => {
    server = await startScriptedServer();
    clients = [];
    calls = [];
  });

  afterEach(async () => {
    const pending = calls.filter((call) => !call.settled).length;
    const inUse = await waitFor(() => clients.every((client) => busySockets(agentOf(client)) === 0));
    const idle = () => clients.reduce((sum, client) => sum + freeSockets(agentOf(client)), 0);
    const onlyIdleOpen = await waitFor(() => server!.openSockets() <= idle());
    for (const client of clients) client.destroy();
    const allClosed = await waitFor(() => server!.openSockets() === 0);
    const leftOnServer = server!.openSockets();
    await server!.close();
    expect(pending, "calls left pending").toBe(0);
    expect(inUse, "sockets still in use by a client after every call settled").toBe(true);
    expect(onlyIdleOpen, "the server has sockets open that no client keeps as idle keep-alive").toBe(true);
    expect(allClosed, `${leftOnServer} sockets still open on the server after the clients were destroyed`).toBe(true);
  });

  afterAll(expectNoSecretsLogged);

  const track = <T>(promise: Promise<T>): Promise<T> => {
    const call = { settled: false };
    calls.push(call);
    promise.then(
      () => void (call.settled = true),
      () => void (call.settled = true),
    );
    return promise;
  };

  const run = async <T>(send: () => Promise<T>, withinMs: number): Promise<{ ok: true; value: T } | { ok: false; error: any }> => {
    const started = performance.now();
    const promise = track(send());
    let guard: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"pending">((resolve) => (guard = setTimeout(() => resolve("pending"), withinMs + GUARD_SLACK_MS)));
    const outcome = await Promise.race([
      promise.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      timedOut,
    ]);
    clearTimeout(guard);
    const elapsed = performance.now() - started;
    if (outcome === "pending") throw new Error(`the call never settled (still pending after ${Math.round(elapsed)} ms)`);
    expect(elapsed, "elapsed ms").toBeLessThan(withinMs);
    return outcome;
  };

  return {
    get server() {
      if (!server) throw new Error("the harness server exists only inside a test");
      return server;
    },
    client(config = {}) {
      const client = new CognitoIdentityProviderClient({
        region: "us-east-1",
        endpoint: server!.url,
        logger: collectingLogger(),
        credentials: FAKE_CREDENTIALS,
        ...config,
      });
      clients.push(client);
      return client;
    },
    async succeeds(send, withinMs) {
      const outcome = await run(send, withinMs);
      if (!outcome.ok) throw new Error(`expected the call to succeed, it failed with ${summarize(outcome.error)}`, { cause: outcome.error });
      return outcome.value;
    },
    async fails(send, withinMs) {
      const outcome = await run(send, withinMs);
      if (outcome.ok) throw new Error("expected the call to fail, it succeeded");
      return outcome.error;
    },
    track,
  };
};

const summarize = (error: any): string => `${error?.name}: ${error?.message} ${JSON.stringify(error?.$metadata ?? {})}`;

/**
 * The keep-alive agent inside the client's default NodeHttpHandler. Reaching into it is the only
 * way to tell an idle pooled socket from one a failed call forgot; if the handler's internals
 * change, this fails loudly rather than checking nothing.
 */
export const agentOf = (client: CognitoIdentityProviderClient): Agent | undefined => {
  const handler = client.config.requestHandler as unknown as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(handler, "plain")) {
    throw new Error("agentOf: NodeHttpHandler no longer keeps its http transport in `plain`; update the fault harness");
  }
  return (handler.plain as { agent: Agent } | undefined)?.agent;
};

const count = (sockets: NodeJS.ReadOnlyDict<unknown[]> | undefined): number =>
  Object.values(sockets ?? {}).reduce((sum, list) => sum + (list?.length ?? 0), 0);

/** Sockets carrying a request, plus requests queued for one. */
export const busySockets = (agent: Agent | undefined): number => (agent ? count(agent.sockets) + count(agent.requests) : 0);
export const freeSockets = (agent: Agent | undefined): number => (agent ? count(agent.freeSockets) : 0);

/** Polls until `predicate` holds; closes and frees are seen a few event-loop turns later. */
export const waitFor = async (predicate: () => boolean, timeoutMs = 2_000): Promise<boolean> => {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
