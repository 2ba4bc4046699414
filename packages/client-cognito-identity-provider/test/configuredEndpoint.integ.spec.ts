// Endpoint URLs from the environment and the shared config file, side by side with the official
// client: for each combination, both clients send ForgotPassword and must reach the same endpoint.
// Each source points at its own loopback server, so the server that gets the request names the
// source that won; combinations that configure nothing must leave the default AWS endpoint (the
// request is stopped before it leaves, since the network reaches no AWS host).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as official from "@aws-sdk/client-cognito-identity-provider";
import { CognitoIdentityProviderClient, ForgotPasswordCommand } from "@lithe/client-cognito-identity-provider";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startScriptedServer, type ScriptedServer } from "../../core/test/support/scriptedServer.js";

const SOURCES = ["client", "serviceEnv", "globalEnv", "servicesSection", "profile", "otherProfile"] as const;
type Source = (typeof SOURCES)[number];
const DEFAULT = "https://cognito-idp.us-east-1.amazonaws.com";

const servers = {} as Record<Source, ScriptedServer>;
let dir: string;
let caseNumber = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lithe-endpoint-config-"));
  for (const source of SOURCES) servers[source] = await startScriptedServer();
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => vi.unstubAllEnvs());

const url = (source: Source) => servers[source].url;

interface Case {
  env?: Record<string, string>;
  /** The shared config file; `$source` is replaced by that source's server URL. */
  config?: string;
  credentials?: string;
  client?: { endpoint?: boolean; ignoreConfiguredEndpointUrls?: boolean };
  expected: Source | "default";
}

const fill = (text: string) => text.replace(/\$(\w+)/g, (_, source: Source) => url(source));

/** Sets the case's environment (and nothing ambient), files under a fresh path, and returns both clients' config. */
const setUp = async (c: Case) => {
  const caseDir = join(dir, `case-${++caseNumber}`);
  await mkdir(caseDir);
  // A fresh path per case: the official SDK caches file contents per path for the process.
  await writeFile(join(caseDir, "config"), fill(c.config ?? ""));
  await writeFile(join(caseDir, "credentials"), fill(c.credentials ?? ""));
  const names = ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_PROFILE"];
  for (const name of names) vi.stubEnv(name, undefined);
  vi.stubEnv("HOME", caseDir);
  vi.stubEnv("AWS_CONFIG_FILE", join(caseDir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(caseDir, "credentials"));
  for (const [name, value] of Object.entries(c.env ?? {})) vi.stubEnv(name, fill(value));
  return {
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDENDPOINTTEST", secretAccessKey: "endpoint-test-secret" },
    maxAttempts: 1,
    ...(c.client?.endpoint ? { endpoint: url("client") } : {}),
    ...(c.client?.ignoreConfiguredEndpointUrls ? { ignoreConfiguredEndpointUrls: true } : {}),
  };
};

/**
 * Sends ForgotPassword through a client and returns where it went: the loopback server that got it,
 * or the URL of a request stopped in the build step because it was bound elsewhere.
 */
const whereSent = async (client: { send(command: any): Promise<unknown>; middlewareStack: any; destroy(): void }, command: unknown) => {
  let target = "";
  client.middlewareStack.add(
    (next: any) => (args: any) => {
      const { protocol, hostname, port } = args.request;
      target = `${protocol.replace(/:$/, "")}://${hostname}${port ? `:${port}` : ""}`;
      if (hostname !== "127.0.0.1") throw new Error(`stopped: bound for ${target}`);
      return next(args);
    },
    { step: "build", priority: "low", name: "testEndpointProbe" },
  );
  const before = Object.fromEntries(SOURCES.map((s) => [s, servers[s].requests.length]));
  await client.send(command).catch((error: Error) => {
    if (!error.message.startsWith("stopped:")) throw error;
  });
  client.destroy();
  const reached = SOURCES.filter((s) => servers[s].requests.length > before[s]!);
  if (reached.length > 1) throw new Error(`one call reached ${reached.join(", ")}`);
  const source = reached[0];
  if (source) expect(target).toBe(url(source));
  return source ?? target;
};

const cases: Record<string, Case> = {
  "nothing configured: the rules' endpoint": { expected: "default" },
  "AWS_ENDPOINT_URL": { env: { AWS_ENDPOINT_URL: "$globalEnv" }, expected: "globalEnv" },
  "the service-specific variable over AWS_ENDPOINT_URL": {
    env: { AWS_ENDPOINT_URL: "$globalEnv", AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "$serviceEnv" },
    expected: "serviceEnv",
  },
  "an empty service-specific variable does not count": {
    env: { AWS_ENDPOINT_URL: "$globalEnv", AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "" },
    expected: "globalEnv",
  },
  "the client's endpoint over every variable and file": {
    env: { AWS_ENDPOINT_URL: "$globalEnv", AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "$serviceEnv" },
    config: "[default]\nendpoint_url = $profile\n",
    client: { endpoint: true },
    expected: "client",
  },
  "the profile's endpoint_url": { config: "[default]\nendpoint_url = $profile\n", expected: "profile" },
  "the services section over the profile's endpoint_url": {
    config: "[default]\nendpoint_url = $profile\nservices = local\n\n[services local]\ncognito_identity_provider =\n  endpoint_url = $servicesSection\n",
    expected: "servicesSection",
  },
  "a services section without this service: the profile's endpoint_url": {
    config: "[default]\nendpoint_url = $profile\nservices = local\n\n[services local]\ns3 =\n  endpoint_url = $servicesSection\n",
    expected: "profile",
  },
  "a profile naming a missing services section: no configured endpoint at all": {
    config: "[default]\nendpoint_url = $profile\nservices = nowhere\n",
    expected: "default",
  },
  "the environment over the config file": {
    env: { AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nservices = local\n\n[services local]\ncognito_identity_provider =\n  endpoint_url = $servicesSection\n",
    expected: "globalEnv",
  },
  "AWS_PROFILE picks the profile": {
    env: { AWS_PROFILE: "dev" },
    config: "[default]\nendpoint_url = $profile\n\n[profile dev]\nendpoint_url = $otherProfile\n",
    expected: "otherProfile",
  },
  "endpoint_url in the credentials file's profile": { credentials: "[default]\nendpoint_url = $profile\n", expected: "profile" },
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true ignores variables and files": {
    env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nendpoint_url = $profile\n",
    expected: "default",
  },
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true leaves the client's endpoint": {
    env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL: "$globalEnv" },
    client: { endpoint: true },
    expected: "client",
  },
  "ignore_configured_endpoint_urls = true in the profile ignores AWS_ENDPOINT_URL too": {
    env: { AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nignore_configured_endpoint_urls = true\nendpoint_url = $profile\n",
    expected: "default",
  },
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false over the profile's true": {
    env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false", AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nignore_configured_endpoint_urls = true\n",
    expected: "globalEnv",
  },
  "an AWS_IGNORE_CONFIGURED_ENDPOINT_URLS that is neither true nor false leaves it to the profile": {
    env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "yes", AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nignore_configured_endpoint_urls = true\n",
    expected: "default",
  },
  "a profile value that is neither true nor false means false": {
    env: { AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nignore_configured_endpoint_urls = maybe\n",
    expected: "globalEnv",
  },
  "the client's ignoreConfiguredEndpointUrls": {
    env: { AWS_ENDPOINT_URL: "$globalEnv" },
    config: "[default]\nendpoint_url = $profile\n",
    client: { ignoreConfiguredEndpointUrls: true },
    expected: "default",
  },
};

describe("endpoint from the environment and shared config file, as the official client resolves it", () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, async () => {
      const config = await setUp(c);
      const input = { ClientId: "endpointtestclient", Username: "someone" };
      const lithe = await whereSent(new CognitoIdentityProviderClient(config), new ForgotPasswordCommand(input));
      const theirs = await whereSent(new official.CognitoIdentityProviderClient(config), new official.ForgotPasswordCommand(input));
      expect({ lithe, official: theirs }).toEqual({
        lithe: c.expected === "default" ? DEFAULT : c.expected,
        official: c.expected === "default" ? DEFAULT : c.expected,
      });
    });
  }
});
