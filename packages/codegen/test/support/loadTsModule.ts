import ts from "typescript";

/**
 * Test support: runs an emitted TypeScript module (transpiled to CommonJS), resolving its imports from
 * `modules` only, and returns its exports.
 */
export const loadTsModule = (source: string, modules: Readonly<Record<string, unknown>>): Record<string, any> => {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, any> = {};
  const require = (id: string) => {
    if (!(id in modules)) throw new Error(`unexpected import ${id}`);
    return modules[id];
  };
  new Function("require", "exports", js)(require, exports);
  return exports;
};
