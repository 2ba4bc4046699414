// Request compression settings from the client, the environment and the shared config file, side by
// side with the AWS SDK: for each combination, the official loaders every AWS SDK client with a
// `@requestCompression` operation wires in its runtime config (@smithy/middleware-compression's
// NODE_*_CONFIG_OPTIONS through @smithy/core's loadConfig, then resolveCompressionConfig) say
// whether compression is on and from what size; a lithe client must gzip on loopback exactly so.
// (No Cognito operation has the trait, so the official Cognito client has none of this to compare.)
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@smithy/core/config";
import {
  type CompressionInputConfig,
  NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS,
  NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS,
  resolveCompressionConfig,
} from "@smithy/middleware-compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../src/client/Client.js";
import { Command } from "../../src/client/Command.js";
import { getCompressionPlugin } from "../../src/plugins/getCompressionPlugin.js";
import { CompressedPut$, dataOfBodySize } from "../support/compressedPut.js";
import { isolateEnv } from "../support/isolateEnv.js";
import { startScriptedServer, type ScriptedServer } from "../support/scriptedServer.js";
import { testService } from "../support/testService.js";

let server: ScriptedServer;
let dir: string;
let caseNumber = 0;
beforeAll(async () => {
  server = await startScriptedServer();
  server.fallback = { status: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: "{}" };
  dir = await mkdtemp(join(tmpdir(), "lithe-compression-settings-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
isolateEnv(["AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "HOME"]);

interface Case {
  env?: Record<string, string>;
  config?: string;
  credentials?: string;
  client?: { disableRequestCompression?: boolean; requestMinCompressionSizeBytes?: number };
  /** What both clients do: compress from this size, not at all, or fail naming the source. */
  expected: { from: number } | "off" | { error: RegExp };
  /** Where lithe deliberately differs, what the official loaders do instead. */
  official?: { from: number };
}

type Outcome = { from: number } | "off" | { error: string };

/** What the AWS SDK's loaders resolve, with the files under a fresh path (they are cached per path). */
const officialOutcome = async (client: NonNullable<Case["client"]>): Promise<Outcome> => {
  const resolved = resolveCompressionConfig<CompressionInputConfig>({
    disableRequestCompression: client.disableRequestCompression ?? loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, {}),
    requestMinCompressionSizeBytes: client.requestMinCompressionSizeBytes ?? loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, {}),
  });
  if (await resolved.disableRequestCompression()) return "off";
  try {
    return { from: await resolved.requestMinCompressionSizeBytes() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Whether a lithe client sends a body of `bytes` gzipped, through a real socket. */
const litheGzips = async (client: Client<any, any>, bytes: number): Promise<boolean> => {
  await client.send(new Command({ Data: dataOfBodySize(bytes) }, CompressedPut$) as any);
  return server.requests.at(-1)!.headers["content-encoding"] === "gzip";
};

/** What a lithe client does, probed at the size the case expects (and one byte under it). */
const litheOutcome = async (c: Case): Promise<Outcome> => {
  let client: Client<any, any>;
  try {
    client = new Client({ endpoint: server.url, region: "us-east-1", maxAttempts: 1, ...c.client }, testService({ plugins: [getCompressionPlugin] }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  try {
    const expected = c.expected;
    const probe = typeof expected === "object" && "from" in expected ? expected.from : 20480;
    const before = server.requests.length;
    const atProbe = await litheGzips(client, Math.max(probe, 11)).catch((error: Error) => error);
    if (atProbe instanceof Error) {
      expect(server.requests.length).toBe(before); // failed before anything was sent
      return { error: atProbe.message };
    }
    if (!atProbe) return "off";
    // Compressed at the probe: compression starts exactly there if a body one byte smaller is not.
    return probe > 11 && (await litheGzips(client, probe - 1)) ? { from: -1 } : { from: probe };
  } finally {
    client.destroy();
  }
};

const setUp = async (c: Case) => {
  const caseDir = join(dir, `case-${++caseNumber}`);
  await mkdir(caseDir);
  await writeFile(join(caseDir, "config"), c.config ?? "");
  await writeFile(join(caseDir, "credentials"), c.credentials ?? "");
  process.env.HOME = caseDir;
  process.env.AWS_CONFIG_FILE = join(caseDir, "config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(caseDir, "credentials");
  Object.assign(process.env, c.env);
};

const cases: Record<string, Case> = {
  "nothing set: gzip from 10240 bytes": { expected: { from: 10240 } },
  "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES": { env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "100" }, expected: { from: 100 } },
  "request_min_compression_size_bytes in the profile": { config: "[default]\nrequest_min_compression_size_bytes = 200\n", expected: { from: 200 } },
  "the environment over the profile": {
    env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "100" },
    config: "[default]\nrequest_min_compression_size_bytes = 200\n",
    expected: { from: 100 },
  },
  "the client's option over the environment and the profile": {
    env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "100" },
    config: "[default]\nrequest_min_compression_size_bytes = 200\n",
    client: { requestMinCompressionSizeBytes: 300 },
    expected: { from: 300 },
  },
  "0: every body": { env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "0" }, expected: { from: 0 } },
  "AWS_PROFILE picks the profile": {
    env: { AWS_PROFILE: "dev" },
    config: "[default]\nrequest_min_compression_size_bytes = 200\n\n[profile dev]\nrequest_min_compression_size_bytes = 400\n",
    expected: { from: 400 },
  },
  "the config file's key over the credentials file's": {
    config: "[default]\nrequest_min_compression_size_bytes = 200\n",
    credentials: "[default]\nrequest_min_compression_size_bytes = 500\n",
    expected: { from: 200 },
  },
  "the credentials file's profile when the config file has none": {
    credentials: "[default]\nrequest_min_compression_size_bytes = 500\n",
    expected: { from: 500 },
  },
  "AWS_DISABLE_REQUEST_COMPRESSION=true": { env: { AWS_DISABLE_REQUEST_COMPRESSION: "true" }, expected: "off" },
  "disable_request_compression = true in the profile": { config: "[default]\ndisable_request_compression = true\n", expected: "off" },
  "AWS_DISABLE_REQUEST_COMPRESSION=false over the profile's true": {
    env: { AWS_DISABLE_REQUEST_COMPRESSION: "false" },
    config: "[default]\ndisable_request_compression = true\n",
    expected: { from: 10240 },
  },
  "the client's disableRequestCompression: false over the environment's true": {
    env: { AWS_DISABLE_REQUEST_COMPRESSION: "true", AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "100" },
    client: { disableRequestCompression: false },
    expected: { from: 100 },
  },
  "a disable value neither true nor false passes to the profile": {
    env: { AWS_DISABLE_REQUEST_COMPRESSION: "yes" },
    config: "[default]\ndisable_request_compression = true\n",
    expected: "off",
  },
  "disabled: a bad minimum size is never read": {
    env: { AWS_DISABLE_REQUEST_COMPRESSION: "true", AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "10485761" },
    expected: "off",
  },
  "a minimum size over 10485760 in the environment fails the call": {
    env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "10485761" },
    expected: { error: /AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES must be a whole number from 0 to 10485760, got "10485761"/ },
  },
  "a minimum size over 10485760 in the profile fails the call, naming the key and the files": {
    config: "[default]\nrequest_min_compression_size_bytes = 20000000\n",
    expected: { error: /request_min_compression_size_bytes of profile "default" \(.*config, .*credentials\) must be a whole number/ },
  },
  "a minimum size over 10485760 on the client fails the constructor": {
    client: { requestMinCompressionSizeBytes: 10485761 },
    expected: { error: /^requestMinCompressionSizeBytes must be a whole number from 0 to 10485760, got 10485761$/ },
  },
  "deliberately stricter: a minimum size that is not a number fails instead of passing to the next source": {
    env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "ten" },
    config: "[default]\nrequest_min_compression_size_bytes = 200\n",
    expected: { error: /AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES must be a whole number from 0 to 10485760, got "ten"/ },
    official: { from: 200 },
  },
  "deliberately stricter: a fractional minimum size fails instead of being cut to a whole number": {
    env: { AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES: "100.5" },
    expected: { error: /got "100\.5"/ },
    official: { from: 100 },
  },
};

describe("request compression settings, as the AWS SDK's loaders resolve them", () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, async () => {
      await setUp(c);
      const official = await officialOutcome(c.client ?? {});
      const lithe = await litheOutcome(c);
      const expected = c.expected;
      if (typeof expected === "object" && "error" in expected) {
        expect((lithe as { error: string }).error).toMatch(expected.error);
        if (c.official) expect(official).toEqual(c.official);
        else expect(official).toMatchObject({ error: expect.stringMatching(/outside this range/) });
      } else {
        expect(lithe).toEqual(expected);
        expect(official).toEqual(c.official ?? expected);
      }
    });
  }
});
