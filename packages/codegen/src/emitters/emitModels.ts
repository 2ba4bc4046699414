import { type CodegenContext, isError, isOptionalProperty } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import type { Shape } from "../model/ShapeGraph.js";
import { file, prop, str } from "../code.js";
import { enumDoc, memberDoc } from "./tsdoc.js";
import { typeOf } from "./typeOf.js";

/** models.ts: an interface per structure, a union type per union, a const object + type per enum. */
export function emitModels(ctx: CodegenContext): string {
  const blocks: string[] = [];
  for (const shape of ctx.shapes) {
    if (shape.type === "enum" || shape.type === "intEnum") blocks.push(enumBlock(shape));
    else if (shape.type === "structure" && !isError(shape)) blocks.push(structureBlock(ctx, shape));
    else if (shape.type === "union") blocks.push(unionBlock(ctx, shape));
  }
  return file(ctx.header, ...(blocks.length ? blocks : ["export {};"]));
}

function enumBlock(shape: Shape): string {
  const entries = shape.members.map((m) => {
    const value = m.traits[T.enumValue] ?? m.name;
    return `  ${prop(m.name)}: ${typeof value === "number" ? value : str(String(value))},`;
  });
  return [
    enumDoc(shape).trimEnd(),
    `export const ${shape.name} = {`,
    ...entries,
    `} as const;`,
    `export type ${shape.name} = (typeof ${shape.name})[keyof typeof ${shape.name}];`,
  ].join("\n");
}

function structureBlock(ctx: CodegenContext, shape: Shape): string {
  const input = ctx.inputShapes.has(shape.id);
  const io = ctx.ioOf.get(shape.id);
  const doc = io ? `/** ${io.role === "input" ? "Input" : "Output"} of ${io.op}. */\n` : "";
  if (shape.members.length === 0) return `${doc}export interface ${shape.name} {}`;
  const lines = shape.members.map((m) => {
    const optional = isOptionalProperty(ctx, shape, m) ? "?" : "";
    return `${memberDoc(ctx, shape, m, input)}  ${prop(m.name)}${optional}: ${typeOf(m.target, input)};`;
  });
  return `${doc}export interface ${shape.name} {\n${lines.join("\n")}\n}`;
}

/** Exactly one member is set; `$unknown` carries a member this client does not know yet. */
function unionBlock(ctx: CodegenContext, shape: Shape): string {
  const input = ctx.inputShapes.has(shape.id);
  const names = [...shape.members.map((m) => m.name), "$unknown"];
  const variant = (name: string, type: string) => {
    const others = names.filter((n) => n !== name).map((n) => `${prop(n)}?: never`);
    return `  | { ${[`${prop(name)}: ${type}`, ...others].join("; ")} }`;
  };
  return [
    `/** One of: ${shape.members.map((m) => m.name).join(", ")}. */`,
    `export type ${shape.name} =`,
    ...shape.members.map((m) => variant(m.name, typeOf(m.target, input))),
    `${variant("$unknown", "[string, unknown]")};`,
  ].join("\n");
}
