// Every code block in the README and the guides is checked, so the docs cannot drift from the API:
// TypeScript and JavaScript blocks are type-checked against the packages' sources (as modules, with
// the names in docExampleGlobals.ts declared), shell blocks may only run npm scripts that exist, JSON
// blocks must parse. A block with another language, or none, fails: say what it is.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { docExampleGlobals } from "./docExampleGlobals.js";
import { type CodeBlock, documentationFiles, readCodeBlocks } from "./readCodeBlocks.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const blocks = documentationFiles(root).flatMap((file) => readCodeBlocks(root, file));
const COMPILED = new Set(["ts", "typescript", "js", "javascript", "mjs"]);
const SHELL = new Set(["sh", "bash", "shell"]);
/** Not code: directory trees, diagrams, program output. */
const PROSE = new Set(["text"]);
const scripts = Object.keys(JSON.parse(readFileSync(`${root}package.json`, "utf8")).scripts as object);

const where = (block: CodeBlock) => `${block.file}:${block.line}`;

/** Type-checks the blocks as one program, one virtual module each; returns the diagnostics per block. */
const typeCheck = (compiled: CodeBlock[]): Map<CodeBlock, string[]> => {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const options: ts.CompilerOptions = { ...config.options, noEmit: true, allowJs: true, checkJs: true, noUnusedLocals: false };
  const virtual = new Map<string, CodeBlock>();
  compiled.forEach((block, index) => {
    const ext = block.lang.startsWith("t") ? "ts" : "mjs";
    virtual.set(`${root}.doc-examples/block${index}.${ext}`, block);
  });
  const globalsFile = `${root}.doc-examples/globals.d.ts`;
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const sourceOf = (name: string): string | undefined => {
    if (name === globalsFile) return docExampleGlobals;
    const block = virtual.get(name);
    // `export {}` makes every block a module, so its top-level names and `await` are its own.
    return block ? `${block.code}\nexport {};\n` : undefined;
  };
  host.readFile = (name) => sourceOf(name) ?? readFile(name);
  host.fileExists = (name) => sourceOf(name) !== undefined || ts.sys.fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const text = sourceOf(name);
    return text !== undefined ? ts.createSourceFile(name, text, version, true) : getSourceFile(name, version, ...rest);
  };
  const program = ts.createProgram([globalsFile, ...virtual.keys()], options, host);
  const result = new Map<CodeBlock, string[]>(compiled.map((block) => [block, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const block = diagnostic.file && virtual.get(diagnostic.file.fileName);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!block) throw new Error(`outside the doc examples: ${diagnostic.file?.fileName ?? ""} ${text}`);
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    result.get(block)!.push(`${block.file}:${block.line + 1 + line}: ${text}`);
  }
  return result;
};

describe("the documentation's code blocks", () => {
  it("are found in the README and the guides", () => {
    expect(blocks.filter((b) => b.file === "README.md" && COMPILED.has(b.lang)).length).toBeGreaterThan(2);
  });

  it("each say what they are (ts, js, sh, json, or text for trees and output)", () => {
    const unknown = blocks.filter((b) => !COMPILED.has(b.lang) && !SHELL.has(b.lang) && !PROSE.has(b.lang) && b.lang !== "json");
    expect(unknown.map((b) => `${where(b)} \`\`\`${b.lang}`)).toEqual([]);
  });

  it("type-check against the packages (TypeScript and JavaScript)", () => {
    const errors = [...typeCheck(blocks.filter((b) => COMPILED.has(b.lang))).values()].flat();
    expect(errors).toEqual([]);
  }, 120_000);

  it("run only npm scripts that exist (shell)", () => {
    const missing: string[] = [];
    for (const block of blocks.filter((b) => SHELL.has(b.lang))) {
      for (const match of block.code.matchAll(/\bnpm run ([\w:-]+)/g)) if (!scripts.includes(match[1]!)) missing.push(`${where(block)}: npm run ${match[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it("parse (JSON)", () => {
    const broken = blocks.filter((b) => b.lang === "json").filter((b) => {
      try {
        JSON.parse(b.code);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(where)).toEqual([]);
  });
});
