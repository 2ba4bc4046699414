import { type CodegenContext, isAggregate, isError } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import type { Shape } from "../model/ShapeGraph.js";
import { file, str } from "../code.js";
import { coreImport, memberSchema, membersBlock } from "./memberSchema.js";

const SCHEMA_TYPE = { structure: "StructureSchema", union: "UnionSchema", list: "ListSchema", map: "MapSchema" } as const;

/**
 * schemas.ts: one plain object per aggregate shape (errors live in errors.ts). Only object
 * literals and thunks at top level, so a bundler drops every schema a command does not reach.
 */
export function emitSchemas(ctx: CodegenContext): string {
  const shapes = ctx.shapes.filter((s) => isAggregate(s) && !isError(s));
  const used = [...new Set(shapes.map((s) => SCHEMA_TYPE[s.type as keyof typeof SCHEMA_TYPE]))].sort();
  if (shapes.length === 0) return file(ctx.header, "export {};");
  return file(ctx.header, coreImport(shapes, used), ...shapes.map((s) => schemaConst(ctx, s)));
}

export function schemaConst(ctx: CodegenContext, shape: Shape): string {
  const type = SCHEMA_TYPE[shape.type as keyof typeof SCHEMA_TYPE];
  const sparse = shape.traits[T.sparse] !== undefined ? "\n  sparse: true," : "";
  const head = `export const ${shape.name}$: ${type} = {\n  kind: ${str(shape.type)},\n  name: ${str(shape.name)},`;
  switch (shape.type) {
    case "list":
      return `${head}\n  member: ${memberSchema(ctx, shape, shape.member!)},${sparse}\n};`;
    case "map":
      return `${head}\n  key: ${memberSchema(ctx, shape, shape.key!)},\n  value: ${memberSchema(ctx, shape, shape.value!)},${sparse}\n};`;
    default:
      return `${head}\n  ${membersBlock(ctx, shape, "  ")},\n};`;
  }
}
