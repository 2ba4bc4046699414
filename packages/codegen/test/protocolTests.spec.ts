import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, generateInto, listTsFiles, makeTempDir, readJson, removeDir, repoRoot, typecheck } from "./helpers.js";

/**
 * lithe's own awsJson1_1 protocol tests (`fixtures/json-rpc-protocol-tests.json`, see
 * fixtures/PROTOCOL-TESTS.md): a client generated from the fixture model runs every client-side
 * `smithy.test#httpRequestTests` and `httpResponseTests` case it carries, and the model's own
 * `invalidInputTests` (inputs rejected before anything is sent).
 * https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html
 */

const MODEL = "json-rpc-protocol-tests.json";
const model = readJson(fixture(MODEL));
const shapes: Record<string, any> = model.shapes;
const nameOf = (id: string): string => id.slice(id.indexOf("#") + 1);
const [serviceId] = Object.entries(shapes).find(([, s]) => s.type === "service")!;
const namespace = serviceId.slice(0, serviceId.indexOf("#"));
const forClients = (c: { appliesTo?: string }): boolean => c.appliesTo !== "server";
const operations = Object.entries(shapes).filter(([, s]) => s.type === "operation");

interface RequestCase { op: string; case: any }
interface InvalidInputCase { op: string; case: { id: string; params: Record<string, unknown>; violations: string[] } }
interface ResponseCase { op: string; error?: string; case: any }

const requestCases: RequestCase[] = operations.flatMap(([id, s]) =>
  (s.traits?.["smithy.test#httpRequestTests"] ?? []).filter(forClients).map((c: any) => ({ op: nameOf(id), case: c })),
);
const responseCases: ResponseCase[] = Object.entries(shapes).flatMap(([id, s]) =>
  (s.traits?.["smithy.test#httpResponseTests"] ?? []).filter(forClients).map((c: any): ResponseCase => {
    if (s.type === "operation") return { op: nameOf(id), case: c };
    // An error shape's cases run through an operation that lists it.
    const [opId] = operations.find(([, o]) => o.errors?.some((e: any) => e.target === id))!;
    return { op: nameOf(opId), error: nameOf(id), case: c };
  }),
);
const invalidInputCases: InvalidInputCase[] = operations.flatMap(([id, s]) =>
  (s.traits?.[`${namespace}#invalidInputTests`] ?? []).map((c: any) => ({ op: nameOf(id), case: c })),
);

let dir: string;
let client: Record<string, any>;

beforeAll(async () => {
  dir = makeTempDir("protocol-tests");
  generateInto(dir, MODEL);
  client = await import(pathToFileURL(join(dir, "index.ts")).href);
});
afterAll(() => removeDir(dir));

/** What the request handler throws: the request as it would have gone on the wire. */
class Sent extends Error {
  constructor(readonly request: HttpRequest) {
    super("sent");
  }
}

const newClient = (requestHandler: unknown, endpoint = "https://example.com", config: Record<string, unknown> = {}) =>
  new client.JsonRpcClient({
    region: "us-west-2",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    endpoint,
    requestHandler,
    maxAttempts: 1,
    ...config,
  });

/** A handler that sends nothing: it throws the request as it would have gone on the wire. */
const capture = { handle: (request: HttpRequest) => Promise.reject(new Sent(request)) };

/**
 * A test case's params as the client's input or output: epoch seconds → Date, blob text → bytes,
 * "NaN"/"Infinity" → numbers, following the generated schemas.
 */
const convert = (target: any, value: any): any => {
  if (value === null || value === undefined || typeof target === "string") return value;
  if (typeof target === "function") {
    const schema = target();
    if (schema.kind === "list") return value.map((v: unknown) => convert(schema.member.target, v));
    if (schema.kind === "map") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(schema.value.target, v)]));
    return convertMembers(schema, value);
  }
  switch (target.kind) {
    case "timestamp":
      return new Date(Math.round(value * 1000));
    case "blob":
      return new TextEncoder().encode(value);
    case "float":
      return typeof value === "string" ? Number(value) : value;
    default:
      return value;
  }
};
/** `$unknown` (a union member the model does not know) is the client's own form: kept as it is. */
const convertMembers = (schema: any, value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "$unknown" ? v : convert(schema.members[k].target, v)]));

const header = (headers: Record<string, string>, name: string): string | undefined =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

const bodyText = (body: unknown): string =>
  typeof body === "string" ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : String(body);

describe("awsJson1_1 protocol tests: requests", () => {
  it.each(requestCases.map((c) => [c.case.id, c] as const))("%s", async (_, { op, case: c }) => {
    const schema = client[`${op}$`]();
    const command = new client[`${op}Command`](convertMembers(schema.input, c.params ?? {}));
    // vendorParams (lithe's, see PROTOCOL-TESTS.md): client options, and headers a user's middleware
    // sets before the client's own build steps (compression) run.
    const { clientConfig = {}, presetHeaders = {} } = c.vendorParams ?? {};
    command.middlewareStack.add(
      (next: any) => (args: any) => {
        Object.assign(args.request.headers, presetHeaders);
        return next(args);
      },
      { step: "serialize", priority: "low", name: "presetHeaders" },
    );
    const sent = await newClient(capture, `https://${c.host ?? "example.com"}`, clientConfig)
      .send(command)
      .then(
        () => expect.unreachable("the handler rejects every request"),
        (error: unknown) => (error instanceof Sent ? error.request : Promise.reject(error)),
      );

    expect(sent.method).toBe(c.method);
    expect(sent.path).toBe(c.uri);
    expect(sent.query ?? {}).toEqual({});
    for (const [name, value] of Object.entries(c.headers ?? {})) expect(header(sent.headers, name), name).toBe(value);
    for (const name of c.forbidHeaders ?? []) expect(header(sent.headers, name), name).toBeUndefined();
    for (const name of c.requireHeaders ?? []) expect(header(sent.headers, name), name).toBeDefined();
    if (c.resolvedHost) {
      expect(sent.hostname).toBe(c.resolvedHost);
      expect(header(sent.headers, "host")).toBe(c.resolvedHost); // what SigV4 signed
    }

    // The expected body is the uncompressed one: a gzipped body is compared once decoded.
    const gzipped = header(sent.headers, "content-encoding")?.split(",").map((e) => e.trim()).includes("gzip");
    if (gzipped) expect(header(sent.headers, "content-length")).toBe(String((sent.body as Uint8Array).byteLength));
    const body = gzipped ? gunzipSync(sent.body as Uint8Array).toString("utf8") : bodyText(sent.body);
    if (c.body === undefined) {
      // Left out only where the body would repeat a large string param: it must be the params as JSON.
      expect(JSON.parse(body)).toEqual(c.params);
    } else if (c.bodyMediaType === "application/json" || c.body === "") {
      expect(body === "" ? undefined : JSON.parse(body)).toEqual(c.body === "" ? undefined : JSON.parse(c.body));
    } else {
      expect(body).toBe(c.body);
    }
  });
});

describe("awsJson1_1 protocol tests: inputs rejected before sending", () => {
  it.each(invalidInputCases.map((c) => [c.case.id, c] as const))("%s", async (_, { op, case: c }) => {
    let sent = 0;
    const handler = { handle: (request: HttpRequest) => (sent++, capture.handle(request)) };
    const thrown = await newClient(handler)
      .send(new client[`${op}Command`](c.params))
      .then(
        () => expect.unreachable("the input is invalid"),
        (error: any) => error,
      );
    expect(thrown.name).toBe("ValidationError");
    expect(thrown.violations.map((v: { path: string }) => v.path).sort()).toEqual([...c.violations].sort());
    expect(sent).toBe(0);
  });
});

describe("awsJson1_1 protocol tests: responses", () => {
  it.each(responseCases.map((c) => [c.case.id, c] as const))("%s", async (_, { op, error, case: c }) => {
    const schema = client[`${op}$`]();
    const headers = Object.fromEntries(Object.entries(c.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v as string]));
    const handler = {
      handle: async () => ({ response: new HttpResponse({ statusCode: c.code, headers, body: new TextEncoder().encode(c.body ?? "") }) }),
    };
    const outcome = await newClient(handler)
      .send(new client[`${op}Command`]({}))
      .then(
        (output: any) => ({ output }),
        (thrown: any) => ({ thrown }),
      );

    if (error === undefined) {
      expect(outcome.thrown).toBeUndefined();
      const { $metadata, ...output } = outcome.output;
      expect(output).toEqual(convertMembers(schema.output, c.params ?? {}));
      expect($metadata.httpStatusCode).toBe(c.code);
      if (headers["x-amzn-requestid"]) expect($metadata.requestId).toBe(headers["x-amzn-requestid"]);
    } else {
      const thrown = outcome.thrown;
      expect(thrown?.name).toBe(error);
      expect(thrown.$fault).toBe(shapes[`${namespace}#${error}`].traits["smithy.api#error"]);
      expect(thrown.$metadata.httpStatusCode).toBe(c.code);
      expect(thrown).toBeInstanceOf(client[error]);
      // Error params here hold only strings and structures of strings: no conversion.
      for (const [name, value] of Object.entries(c.params ?? {})) expect(thrown[name], name).toEqual(value);
    }
  });
});

describe("the generated protocol-test client", () => {
  it("runs the cases the issue names", () => {
    const ids = [...requestCases, ...responseCases].map((c) => c.case.id);
    for (const id of [
      "endpoint_path_gets_trailing_slash",
      "host_prefix_is_prepended",
      "host_label_fills_host_prefix",
      "body_at_default_threshold_is_gzipped",
      "gzip_is_appended_to_existing_content_encoding",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("bundles compression and host-prefix code only with commands that have the trait", async () => {
    /** Bytes an app that sends only `op` bundles from each of @lithe/core's source files. */
    const bundled = async (op: string): Promise<(path: string) => number> => {
      const entry = join(dir, `send${op}.ts`);
      writeFileSync(
        entry,
        `import { JsonRpcClient } from "./JsonRpcClient.js";\n` +
          `import { ${op}Command } from "./commands/${op}Command.js";\n` +
          `export const send = () => new JsonRpcClient({ endpoint: "https://example.com" }).send(new ${op}Command({} as never));\n`,
      );
      const { metafile } = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        metafile: true,
        format: "esm",
        platform: "node",
        absWorkingDir: repoRoot,
        alias: { "@lithe/core": "./packages/core/src/index.ts" },
        logLevel: "error",
      });
      const inputs = Object.entries(Object.values(metafile.outputs)[0]!.inputs);
      return (path) => inputs.filter(([p]) => p.includes(`packages/core/src/${path}`)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    };
    const plain = await bundled("Ping");
    const prefixed = await bundled("OpenBox");
    const compressed = await bundled("UploadLog");
    expect([plain("compression/"), plain("protocol/hostPrefix.ts")]).toEqual([0, 0]);
    expect([prefixed("compression/"), compressed("protocol/hostPrefix.ts")]).toEqual([0, 0]);
    expect(prefixed("protocol/hostPrefix.ts")).toBeGreaterThan(0);
    expect(compressed("compression/gzip.ts")).toBeGreaterThan(0);
    expect(compressed("compression/compressBody.ts")).toBeGreaterThan(0);
    expect(compressed("compression/gzipBytes.node.ts")).toBeGreaterThan(0);
  });

  it("type-checks against @lithe/core", () => {
    const diagnostics = typecheck(listTsFiles(dir));
    expect(diagnostics.filter((d) => d.startsWith(dir) || !d.includes("("))).toEqual([]);
  });
});
