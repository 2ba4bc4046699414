import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import * as source from "@lithe/client-cognito-identity-provider";
import { ensureFreshDist } from "../../../scripts/lib/ensureFreshDist.mjs";

// The published packages as an app sees them: dist/ through the `exports` map, in ESM, CJS and
// TypeScript, and the browser condition. (The other tests import the sources.)
const root = fileURLToPath(new URL("../../..", import.meta.url));
const node = (code: string, type: "module" | "commonjs") =>
  spawnSync(process.execPath, [`--input-type=${type}`, "-e", code], { cwd: root, encoding: "utf8" });

beforeAll(() => ensureFreshDist({ stdio: "pipe" }), 120_000);

describe("the built packages", () => {
  it("export from dist, in ESM, everything the sources export", () => {
    const run = node(
      `const m = await import("@lithe/client-cognito-identity-provider");
       new m.CognitoIdentityProviderClient({ region: "eu-west-1" });
       console.log(JSON.stringify(Object.keys(m).sort()));`,
      "module",
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(Object.keys(source).sort());
  });

  it("work with require() (CJS), signer included", () => {
    const run = node(
      `const m = require("@lithe/client-cognito-identity-provider");
       const core = require("@lithe/core");
       const client = new m.CognitoIdentityProviderClient({ region: "eu-west-1" });
       const request = new (require("@smithy/protocol-http").HttpRequest)({ hostname: "cognito-idp.eu-west-1.amazonaws.com", method: "POST", path: "/", headers: {} });
       core.signRequest(request, { credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, region: "eu-west-1", service: "cognito-idp" })
         .then((signed) => console.log(typeof m.ForgotPasswordCommand, typeof client.send, signed.headers.authorization.split(" ")[0]));`,
      "commonjs",
    );
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("function function AWS4-HMAC-SHA256");
  });

  it("point the browser condition at a build without Node modules", () => {
    const pkg = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8"));
    expect(pkg.exports["."].browser).toBe("./dist/index.browser.js");
    expect(pkg.exports["."].node.import).toBe("./dist/index.js");
    const chunks = readdirSync(join(root, "packages/core/dist")).filter((file) => file.endsWith(".browser.js"));
    expect(chunks).toContain("index.browser.js");
    for (const chunk of chunks) {
      const code = readFileSync(join(root, "packages/core/dist", chunk), "utf8");
      expect(code, chunk).not.toMatch(/from ['"]node:|import\(['"]node:/);
      expect(code, chunk).not.toMatch(/\bprocess\??\.env\b/);
    }
  });

  it("carry request compression into the browser build without its environment and shared-file settings", () => {
    const dist = join(root, "packages/core/dist");
    const browser = readdirSync(dist).filter((file) => file.endsWith(".browser.js")).map((file) => readFileSync(join(dist, file), "utf8")).join("\n");
    expect(browser).toContain("REQUEST_BODY_COMPRESSION");
    expect(browser).not.toMatch(/AWS_DISABLE_REQUEST_COMPRESSION|AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES|request_min_compression_size_bytes/);
    expect(readFileSync(join(dist, "index.js"), "utf8")).toContain("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES");
  });

  it("load the browser build's opt-in features from self-contained copies that only an import() reaches", () => {
    // A module both an entry and an import() reach lands in a chunk esbuild loads up front.
    const dist = join(root, "packages/core/dist");
    const chunks = readdirSync(dist).filter((file) => file.endsWith(".browser.js"));
    const copies = chunks.filter((file) => file.endsWith(".lazy.browser.js")).sort();
    expect(copies).toEqual(["AdaptiveRetryStrategy.lazy.browser.js", "filterSensitiveLog.lazy.browser.js", "signPrepared.lazy.browser.js"]);
    for (const copy of copies) {
      const code = readFileSync(join(dist, copy), "utf8");
      expect(code, copy).not.toMatch(/^\s*import\b|\bimport\(/m);
      const importers = chunks.map((chunk) => readFileSync(join(dist, chunk), "utf8"));
      expect(importers.some((other) => other.includes(`import('./${copy}')`)), copy).toBe(true);
      expect(importers.some((other) => new RegExp(`from ['"]\\./${copy.replace(/\./g, "\\.")}['"]`).test(other)), copy).toBe(false);
    }
    const run = node(
      `const { AdaptiveRetryStrategy } = await import("./packages/core/dist/AdaptiveRetryStrategy.lazy.browser.js");
       const { filterSensitiveLog } = await import("./packages/core/dist/filterSensitiveLog.lazy.browser.js");
       const token = await new AdaptiveRetryStrategy({ maxAttempts: 2 }).acquireInitialRetryToken("scope");
       const schema = { kind: "structure", name: "S", members: { Name: { target: "string" }, Secret: { target: "string", sensitive: true } } };
       console.log(token.getRetryCount(), JSON.stringify(filterSensitiveLog(schema, { Name: "a", Secret: "hunter2" })));`,
      "module",
    );
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe('0 {"Name":"a","Secret":"***SensitiveInformation***"}');
  });

  it("bundle for Node with esbuild, without code splitting, with neither index wrapped in a lazily initialised function", async () => {
    // esbuild wraps every module that an import() target imports; were the signer's or SRP's chunk
    // to import an index back, the whole index would become one function V8 parses twice at start-up.
    const { build } = await import("esbuild");
    const dir = join(root, ".tmp", "esbuild-node-app");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "app.mjs"),
      `import { CognitoIdentityProviderClient, ForgotPasswordCommand, signInWithSrp } from "@lithe/client-cognito-identity-provider";
       import { signRequest } from "@lithe/core";
       export { CognitoIdentityProviderClient, ForgotPasswordCommand, signInWithSrp, signRequest };`,
    );
    const result = await build({
      entryPoints: [join(dir, "app.mjs")],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      metafile: true,
      // The repo's tsconfig maps @lithe/* to the sources; an app resolves the packages' dist.
      tsconfigRaw: {},
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.endsWith("core/dist/index.js")), inputs.join(", ")).toBe(true);
    expect(inputs.some((input) => input.endsWith("client-cognito-identity-provider/dist/index.js")), inputs.join(", ")).toBe(true);
    const wrapped = [...code.matchAll(/__esm\(\{\s*"([^"]+)"/g)].map((match) => match[1]);
    expect(wrapped.length, "the lazily loaded chunks themselves are wrapped").toBeGreaterThan(0);
    expect(wrapped.filter((path) => /dist\/index\.js$/.test(path!))).toEqual([]);
  });

  it("type-check an app that uses them with NodeNext resolution, from dist's .d.ts", () => {
    const dir = join(root, ".tmp", "consumer-app");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const app = join(dir, "app.ts");
    writeFileSync(
      app,
      `import { CognitoIdentityProviderClient, ForgotPasswordCommand, UserNotFoundException, paginateListUsers, type ForgotPasswordCommandOutput } from "@lithe/client-cognito-identity-provider";
import { computeSecretHash, signRequest } from "@lithe/core";
const client = new CognitoIdentityProviderClient({ region: "eu-west-1", logger: console, maxAttempts: 2 });
export async function run(): Promise<string | undefined> {
  try {
    const out: ForgotPasswordCommandOutput = await client.send(new ForgotPasswordCommand({ ClientId: "a", Username: "b" }), { requestTimeout: 1000 });
    for await (const page of paginateListUsers({ client }, { UserPoolId: "p" })) void page.Users;
    void signRequest;
    void (await computeSecretHash("s", "u", "c"));
    return out.CodeDeliveryDetails?.Destination;
  } catch (error) {
    if (error instanceof UserNotFoundException) return error.$metadata.requestId;
    throw error;
  }
}
// @ts-expect-error ClientId must be a string
new ForgotPasswordCommand({ ClientId: 1, Username: "b" });
`,
    );
    const program = ts.createProgram([app], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
    // The program really resolved lithe's published types, not the sources.
    const files = program.getSourceFiles().map((f) => f.fileName);
    expect(files.some((f) => f.endsWith("packages/client-cognito-identity-provider/dist/index.d.ts"))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
