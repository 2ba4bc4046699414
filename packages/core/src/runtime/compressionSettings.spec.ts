import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { testService } from "../../test/support/testService.js";
import { Client } from "../client/Client.js";
import { Command } from "../client/Command.js";
import { gzip } from "../compression/gzip.js";
import { getCompressionPlugin } from "../plugins/getCompressionPlugin.js";
import type { OperationSchema } from "../schema/types.js";
import { compressionSettings as inBrowsers } from "./compressionSettings.browser.js";
import { compressionSettings } from "./compressionSettings.node.js";
import { sharedFileSystem } from "./sharedConfigFiles.node.js";

// The precedence and validation are cross-checked with the AWS SDK's loaders in
// test/plugins/compressionSettings.integ.spec.ts; this checks when the shared files are read. Each
// test has its own folder: the files are read once per process per path.
const dirs: string[] = [];
let dir: string;
let reads: MockInstance<(path: string) => string>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lithe-compression-settings-"));
  dirs.push(dir);
  await writeFile(join(dir, "config"), "[default]\ndisable_request_compression = false\nrequest_min_compression_size_bytes = 200\n");
  for (const name of ["AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "AWS_PROFILE"]) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", join(dir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(dir, "credentials"));
  reads = vi.spyOn(sharedFileSystem, "readText");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const Put$: OperationSchema = {
  name: "Put",
  input: { kind: "structure", name: "PutInput", members: { Data: { target: "string" } } },
  output: { kind: "structure", name: "Unit", members: {} },
  auth: "none",
  requestCompression: gzip,
};

describe("compressionSettings", () => {
  it("reads no file when the client's options or the environment decide", () => {
    expect(compressionSettings({ disableRequestCompression: false, requestMinCompressionSizeBytes: 5 })).toEqual({
      disableRequestCompression: false,
      requestMinCompressionSizeBytes: 5,
    });
    expect(compressionSettings({ disableRequestCompression: true })).toEqual({ disableRequestCompression: true, requestMinCompressionSizeBytes: 10240 });
    vi.stubEnv("AWS_DISABLE_REQUEST_COMPRESSION", "false");
    vi.stubEnv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "100");
    expect(compressionSettings({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 100 });
    expect(reads).not.toHaveBeenCalled();
  });

  it("reads the shared files, once, for what the environment leaves open", () => {
    vi.stubEnv("AWS_DISABLE_REQUEST_COMPRESSION", "false");
    expect(compressionSettings({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 200 });
    expect(compressionSettings({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 200 });
    expect(reads.mock.calls.map(([path]) => path).sort()).toEqual([join(dir, "config"), join(dir, "credentials")]);
  });

  it("treats an empty variable as unset", () => {
    vi.stubEnv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "");
    expect(compressionSettings({}).requestMinCompressionSizeBytes).toBe(200);
  });

  it("is the client's options or the defaults in browsers, whatever the environment says", () => {
    vi.stubEnv("AWS_DISABLE_REQUEST_COMPRESSION", "true");
    vi.stubEnv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "100");
    expect(inBrowsers({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 10240 });
    expect(inBrowsers({ requestMinCompressionSizeBytes: 7 }).requestMinCompressionSizeBytes).toBe(7);
    expect(reads).not.toHaveBeenCalled();
  });

  it("is read by a client's first call of an operation with @requestCompression, not before, and kept", async () => {
    let sent: any;
    const client = new Client(
      {
        endpoint: "https://api.example.com",
        region: "us-east-1",
        maxAttempts: 1,
        requestHandler: { handle: async (request: any) => ((sent = request), Promise.reject(new Error("stop"))) },
      },
      testService({ plugins: [getCompressionPlugin] }),
    );
    expect(reads).not.toHaveBeenCalled();
    await client.send(new Command({ Data: "x".repeat(189) }, Put$) as any).catch(() => undefined);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(sent.headers["content-encoding"]).toBe("gzip"); // 200 bytes, the profile's minimum
    vi.stubEnv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "1000");
    await client.send(new Command({ Data: "x".repeat(189) }, Put$) as any).catch(() => undefined);
    expect(sent.headers["content-encoding"]).toBe("gzip");
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
