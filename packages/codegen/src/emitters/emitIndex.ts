import type { CodegenContext } from "../CodegenContext.js";
import { file } from "../code.js";
import { paginatedOperations } from "./emitPaginators.js";

/** index.ts: everything a user imports from the client package. */
export function emitIndex(ctx: CodegenContext): string {
  const exports = [
    `./${ctx.info.clientName}.js`,
    `./${ctx.info.exceptionName}.js`,
    "./serviceTypes.js",
    ...ctx.operations.map((op) => `./commands/${op.name}Command.js`),
    "./models.js",
    "./errors.js",
    "./sensitiveLogFilters.js",
    ...paginatedOperations(ctx).map(({ op }) => `./paginators/paginate${op.name}.js`),
  ];
  return file(ctx.header, exports.map((path) => `export * from "${path}";`).join("\n"));
}
