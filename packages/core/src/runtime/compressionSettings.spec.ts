import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HttpRequest } from "@smithy/protocol-http";
import { CompressedPut$ } from "../../test/support/compressedPut.js";
import { sharedFilesSandbox } from "../../test/support/sharedFilesSandbox.js";
import { compressionMiddleware } from "../plugins/getCompressionPlugin.js";
import { compressionSettings as inBrowsers } from "./compressionSettings.browser.js";
import { compressionSettings } from "./compressionSettings.node.js";

// The precedence and validation are cross-checked with the AWS SDK's loaders in
// test/plugins/compressionSettings.integ.spec.ts; this checks when the shared files are read.
const files = sharedFilesSandbox("lithe-compression-settings-");
beforeEach(async () => {
  await writeFile(join(files.dir, "config"), "[default]\ndisable_request_compression = false\nrequest_min_compression_size_bytes = 200\n");
  for (const name of ["AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "AWS_PROFILE"]) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", join(files.dir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(files.dir, "credentials"));
});
afterEach(() => vi.unstubAllEnvs());

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
    expect(files.reads).not.toHaveBeenCalled();
  });

  it("reads the shared files, once, for what the environment leaves open", () => {
    vi.stubEnv("AWS_DISABLE_REQUEST_COMPRESSION", "false");
    expect(compressionSettings({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 200 });
    expect(compressionSettings({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 200 });
    expect(files.readPaths()).toEqual([join(files.dir, "config"), join(files.dir, "credentials")]);
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
    expect(files.reads).not.toHaveBeenCalled();
  });

  it("is read by the compression middleware when a call of an operation with @requestCompression composes it, and kept", async () => {
    const middleware = compressionMiddleware({});
    const sent: HttpRequest[] = [];
    const next = async (args: any) => (sent.push(args.request), { output: {}, response: {} });
    expect(middleware(next, { operation: { ...CompressedPut$, requestCompression: undefined } })).toBe(next);
    expect(files.reads).not.toHaveBeenCalled();
    await middleware(next, { operation: CompressedPut$ })({ input: {}, request: new HttpRequest({ body: "x".repeat(200) }) });
    expect(files.reads).toHaveBeenCalledTimes(2);
    expect(sent[0]!.headers["content-encoding"]).toBe("gzip"); // 200 bytes, the profile's minimum
    vi.stubEnv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "1000");
    await middleware(next, { operation: CompressedPut$ })({ input: {}, request: new HttpRequest({ body: "x".repeat(200) }) });
    expect(sent[1]!.headers["content-encoding"]).toBe("gzip");
    expect(files.reads).toHaveBeenCalledTimes(2);
  });
});
