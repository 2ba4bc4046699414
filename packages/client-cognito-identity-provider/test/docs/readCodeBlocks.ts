import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface CodeBlock {
  /** Path relative to the repository root, e.g. `docs/configuration.md`. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
}

/** The Markdown a user reads: the README, every guide in docs/, the CHANGELOG and the examples' READMEs. */
export const documentationFiles = (root: string): string[] => {
  const files = ["README.md", "CHANGELOG.md"].filter((name) => exists(join(root, name)));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  for (const dir of ["docs", "examples", "codegen-model"]) if (exists(join(root, dir))) walk(dir);
  return files.map((file) => relative(root, join(root, file)));
};

const exists = (path: string): boolean => {
  try {
    readFileSync(path);
    return true;
  } catch {
    try {
      readdirSync(path);
      return true;
    } catch {
      return false;
    }
  }
};

/** Every fenced code block (``` or ~~~) of a Markdown file, with its info string's first word as `lang`. */
export const readCodeBlocks = (root: string, file: string): CodeBlock[] => {
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence!); j++) body.push(lines[j]!.slice(indent!.length));
    blocks.push({ file, line: i + 1, lang: lang!.toLowerCase(), code: body.join("\n") });
    i = j;
  }
  return blocks;
};
