import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

const src = join(repoRoot, "packages/codegen/src");

/** Each source file → the source files it imports (relative imports only). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".spec.ts"))
    .map((f) => join(src, f));
  return new Map(
    files.map((file) => [
      file,
      [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?from "(\.[^"]+)\.js";/gms)].map((m) => resolve(dirname(file), `${m[1]}.ts`)),
    ]),
  );
}

describe("the generator's sources", () => {
  it("import one another without a cycle", () => {
    const graph = importGraph();
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, "open");
      path.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === "open") cycles.push([...path.slice(path.indexOf(dep)), dep].map((f) => relative(src, f)).join(" → "));
        else if (!state.has(dep)) visit(dep);
      }
      path.pop();
      state.set(file, "done");
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles).toEqual([]);
  });
});
