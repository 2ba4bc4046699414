// Rollup plugins shared by the package build, the example bundles and `npm run size`.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ts from "typescript";

/**
 * Resolves the `./x.js` specifiers of our TypeScript sources to `./x.ts`, and on the browser
 * platform to the `./x.browser.ts` twin when one exists, so no Node-only module reaches a browser
 * bundle.
 */
export function platformSources(platform) {
  return {
    name: "lithe-platform-sources",
    resolveId(source, importer) {
      if (!importer || !source.startsWith(".") || !source.endsWith(".js")) return null;
      const base = resolve(dirname(importer), source.slice(0, -3));
      if (platform === "browser") {
        const stem = base.endsWith(".node") ? base.slice(0, -5) : base;
        if (existsSync(`${stem}.browser.ts`)) return `${stem}.browser.ts`;
      }
      if (existsSync(`${base}.ts`)) return `${base}.ts`;
      return null;
    },
  };
}

/** Strips types with the TypeScript compiler (no type check: `npm run typecheck` does that). */
export function transpileTypeScript() {
  return {
    name: "lithe-transpile-typescript",
    transform(code, id) {
      if (!id.endsWith(".ts") || id.endsWith(".d.ts")) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          sourceMap: true,
          verbatimModuleSyntax: true,
          useDefineForClassFields: true,
        },
      });
      return { code: out.outputText, map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null };
    },
  };
}
