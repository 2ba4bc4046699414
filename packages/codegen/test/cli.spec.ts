import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, makeTempDir, removeDir, repoRoot } from "./helpers.js";

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(repoRoot, "scripts/codegen.mjs"), ...args], {
      cwd: repoRoot,
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
};

let dir: string;
beforeAll(() => {
  dir = makeTempDir("codegen-cli");
});
afterAll(() => removeDir(dir));

describe("scripts/codegen.mjs (esbuild-bundled CLI)", () => {
  it("writes a client folder for any awsJson1_1 model, which --check then accepts", async () => {
    const out = join(dir, "pkg/src/generated");
    mkdirSync(join(dir, "pkg"), { recursive: true });
    writeFileSync(join(dir, "pkg/package.json"), JSON.stringify({ name: "x", version: "4.5.6" }));
    const written = await run("--model", fixture("kitchen-sink.json"), "--out", out);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("14 files");
    expect(readFileSync(join(out, "index.ts"), "utf8")).toContain(`export * from "./KitchenSinkClient.js";`);
    expect(readFileSync(join(out, "KitchenSinkClient.ts"), "utf8")).toContain(`packageVersion: "4.5.6",`);
    const checked = await run("--model", fixture("kitchen-sink.json"), "--out", out, "--check");
    expect(checked).toMatchObject({ code: 0 });
  });

  it("--check exits 1 and lists files that differ, are missing or are extra", async () => {
    const out = join(dir, "check");
    await run("--model", fixture("minimal.json"), "--out", out);
    writeFileSync(join(out, "models.ts"), "// edited by hand\n");
    removeDir(join(out, "commands"));
    writeFileSync(join(out, "notes.ts"), "export {};\n");
    const checked = await run("--model", fixture("minimal.json"), "--out", out, "--check");
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/differs: +models\.ts/);
    expect(checked.stderr).toMatch(/missing: +commands\/EchoCommand\.ts/);
    expect(checked.stderr).toMatch(/extra: +notes\.ts/);
    expect(readFileSync(join(out, "models.ts"), "utf8")).toBe("// edited by hand\n"); // --check writes nothing
  });

  it("deletes stale generated files but never a file it did not write", async () => {
    const out = join(dir, "stale");
    await run("--model", fixture("kitchen-sink.json"), "--out", out);
    writeFileSync(join(out, "handWritten.ts"), "export const mine = 1;\n");
    const switched = await run("--model", fixture("minimal.json"), "--out", out);
    expect(switched.code).toBe(0);
    expect(existsSync(join(out, "KitchenSinkClient.ts"))).toBe(false);
    expect(existsSync(join(out, "paginators"))).toBe(false);
    expect(existsSync(join(out, "MinimalClient.ts"))).toBe(true);
    expect(existsSync(join(out, "handWritten.ts"))).toBe(true);
    expect(switched.stderr).toContain("handWritten.ts is not generated; left in place");
  });

  it("refuses --model without --out, naming the problem", async () => {
    const result = await run("--model", fixture("minimal.json"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--out is required with --model");
  });
});
