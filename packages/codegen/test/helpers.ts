import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { generateClient, writeOutput, type GenerateOptions } from "../src/index.js";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
export const fixture = (name: string): string => join(repoRoot, "packages/codegen/test/fixtures", name);
export const readJson = (path: string): any => JSON.parse(readFileSync(path, "utf8"));

/** A fresh folder under the repo's .tmp/ (inside the project, so vitest can import TS from it). */
export function makeTempDir(prefix: string): string {
  mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
  return mkdtempSync(join(repoRoot, ".tmp", `${prefix}-`));
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Generates a fixture model into `dir` and returns the generated files. */
export function generateInto(dir: string, model: string, options: Partial<GenerateOptions> = {}): Map<string, string> {
  const files = generateClient(readJson(fixture(model)), { modelFileName: model, ...options });
  writeOutput(dir, files);
  return files;
}

export const listTsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));

/**
 * Type-checks files with the repo's compiler options (strict, `@lithe/core` mapped to its sources)
 * and returns every diagnostic as "file(line): message".
 */
export function typecheck(rootNames: string[]): string[] {
  const configPath = join(repoRoot, "tsconfig.json");
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, repoRoot);
  const program = ts.createProgram({ rootNames, options: { ...config.options, noEmit: true } });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${d.file.fileName}(${line + 1}): ${message}`;
  });
}
