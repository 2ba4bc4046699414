import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testService } from "../../test/support/testService.js";
import { Client } from "../client/Client.js";
import { Command } from "../client/Command.js";
import { gzip } from "../compression/gzip.js";
import type { OperationSchema } from "../schema/types.js";
import { getCompressionPlugin } from "./getCompressionPlugin.js";

const service = testService({ plugins: [getCompressionPlugin] });

// The defaults, whatever the machine's environment or ~/.aws/config say (runtime/compressionSettings).
beforeEach(() => {
  for (const name of ["AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"]) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/lithe/config");
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/lithe/credentials");
});
afterEach(() => vi.unstubAllEnvs());

const operation = (compressed: boolean): OperationSchema => ({
  name: "Put",
  input: { kind: "structure", name: "PutInput", members: { Data: { target: "string" } } },
  output: { kind: "structure", name: "Unit", members: {} },
  auth: "none",
  ...(compressed ? { requestCompression: gzip } : {}),
});

/** The request as the handler got it: headers and the body's text (gunzipped when it says gzip). */
const send = async (op: OperationSchema, data: string, config: object = {}, setHeaders: Record<string, string> = {}) => {
  let sent: any;
  const client = new Client(
    {
      endpoint: "https://api.example.com",
      region: "us-east-1",
      maxAttempts: 1,
      requestHandler: { handle: async (request: any) => ((sent = request), Promise.reject(new Error("stop"))) },
      ...config,
    },
    service,
  );
  const command = new Command({ Data: data }, op) as any;
  if (Object.keys(setHeaders).length) {
    command.middlewareStack.add((next: any) => (args: any) => (Object.assign(args.request.headers, setHeaders), next(args)), {
      step: "serialize",
      priority: "low",
    });
  }
  await client.send(command).catch(() => undefined);
  const gzipped = /gzip/.test(sent.headers["content-encoding"] ?? sent.headers["Content-Encoding"] ?? "");
  const text = gzipped ? gunzipSync(sent.body).toString("utf8") : String(sent.body);
  return { headers: sent.headers as Record<string, string>, gzipped, text, bytes: gzipped ? sent.body.byteLength : undefined };
};

// {"Data":"…"} is 11 bytes more than the data.
const bodyOf = (bytes: number) => "x".repeat(bytes - 11);

describe("compressionMiddleware", () => {
  it("gzips bodies of requestMinCompressionSizeBytes (default 10240) or more, and only those", async () => {
    const small = await send(operation(true), bodyOf(10239));
    expect(small.gzipped).toBe(false);
    expect(small.headers["content-encoding"]).toBeUndefined();
    const at = await send(operation(true), bodyOf(10240));
    expect(at.gzipped).toBe(true);
    expect(at.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(at.text)).toEqual({ Data: bodyOf(10240) });
    expect(at.headers["content-length"]).toBe(String(at.bytes));
  });

  it("follows the client's requestMinCompressionSizeBytes, 0 included", async () => {
    expect((await send(operation(true), "", { requestMinCompressionSizeBytes: 0 })).gzipped).toBe(true);
    expect((await send(operation(true), bodyOf(100), { requestMinCompressionSizeBytes: 100 })).gzipped).toBe(true);
    expect((await send(operation(true), bodyOf(99), { requestMinCompressionSizeBytes: 100 })).gzipped).toBe(false);
  });

  it("appends gzip to a Content-Encoding the user set, in whatever case, and drops a length set before compressing", async () => {
    const sent = await send(operation(true), "abc", { requestMinCompressionSizeBytes: 0 }, { "Content-Encoding": "custom", "Content-Length": "14" });
    expect(sent.headers["Content-Encoding"]).toBe("custom, gzip");
    expect(sent.headers["content-encoding"]).toBeUndefined();
    expect(sent.headers["Content-Length"]).toBeUndefined();
    expect(sent.headers["content-length"]).toBe(String(sent.bytes));
    expect(JSON.parse(sent.text)).toEqual({ Data: "abc" });
  });

  it("never compresses operations without the trait, or for a client with disableRequestCompression", async () => {
    expect((await send(operation(false), bodyOf(20000))).gzipped).toBe(false);
    expect((await send(operation(true), bodyOf(20000), { disableRequestCompression: true })).gzipped).toBe(false);
  });

  it("is not in the stack of a client whose service does not add it", () => {
    const names = new Client({}, testService()).middlewareStack.identify().join("\n");
    expect(names).not.toContain("compressionMiddleware");
    expect(new Client({}, service).middlewareStack.identify().join("\n")).toContain("compressionMiddleware");
  });

  it("rejects a requestMinCompressionSizeBytes outside 0..10485760 when the client is built", () => {
    for (const bad of [-1, 10485761, 1.5, Number.NaN]) {
      expect(() => new Client({ requestMinCompressionSizeBytes: bad }, service)).toThrow(RangeError);
    }
    for (const good of [0, 10485760]) expect(() => new Client({ requestMinCompressionSizeBytes: good }, service)).not.toThrow();
  });
});
