import { type CodegenContext, isAggregate, isError } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import type { Member, Shape } from "../model/ShapeGraph.js";
import { file, prop, str } from "../code.js";
import { coreImport, lazySchemaConst, memberSchema } from "./memberSchema.js";

const SCHEMA_TYPE = { structure: "StructureSchema", union: "UnionSchema", list: "ListSchema", map: "MapSchema" } as const;

/**
 * schemas.ts: per aggregate shape (errors live in errors.ts), a function `X$` that builds its plain
 * object on first use and caches it (see lazySchemaConst). Only functions at top level, so
 * importing the client builds nothing and compiles none of the literals, and a bundler drops every
 * schema a command does not reach.
 *
 * A member schema that several members share (same target, same merged traits: `UserPoolId`,
 * `Username`, `{ target: "string" }`, …) is written once, as `mN`, and referenced by each: the
 * runtime only reads member schemas (plans are per aggregate schema, keyed by the aggregate).
 * Cognito's 964 members have 240 distinct schemas, so V8 parses 30 % less text at import.
 */
export function emitSchemas(ctx: CodegenContext): string {
  const shapes = ctx.shapes.filter((s) => isAggregate(s) && !isError(s));
  if (shapes.length === 0) return file(ctx.header, "export {};");
  const types: string[] = [...new Set(shapes.map((s) => SCHEMA_TYPE[s.type as keyof typeof SCHEMA_TYPE]))];
  const literal = new Map<Member, string>();
  const uses = new Map<string, number>();
  for (const shape of shapes) {
    for (const member of membersOf(shape)) {
      const text = memberSchema(ctx, shape, member);
      literal.set(member, text);
      uses.set(text, (uses.get(text) ?? 0) + 1);
    }
  }
  // Numbered in order of first use, so the output is stable for a given model.
  const shared = new Map<string, string>();
  for (const [text, count] of uses) if (count > 1) shared.set(text, `m${shared.size}`);
  const ref = (member: Member): string => {
    const text = literal.get(member)!;
    return shared.get(text) ?? text;
  };
  // Plain objects, built at import: Cognito's 162 small literals cost less to build than the closures and
  // calls that would defer them, and the bytes stay as small as one object each. Written after the
  // `X$` functions they name, which they reference directly (not through a thunk).
  const sharedBlock =
    shared.size > 0 ? [...shared].map(([text, name]) => `const ${name}: MemberSchema = ${text};`).join("\n") : undefined;
  if (shared.size > 0) types.push("MemberSchema");
  return file(ctx.header, coreImport(shapes, types.sort()), ...shapes.map((s) => schemaConst(s, ref)), sharedBlock);
}

const membersOf = (shape: Shape): readonly Member[] =>
  shape.type === "list" ? [shape.member!] : shape.type === "map" ? [shape.key!, shape.value!] : shape.members;

function schemaConst(shape: Shape, ref: (member: Member) => string): string {
  const type = SCHEMA_TYPE[shape.type as keyof typeof SCHEMA_TYPE];
  const sparse = shape.traits[T.sparse] !== undefined ? "\n  sparse: true," : "";
  const head = `{\n  kind: ${str(shape.type)},\n  name: ${str(shape.name)},`;
  return lazySchemaConst(shape.name, type, `${head}\n${bodyOf(shape, ref)}${sparse}\n}`);
}

function bodyOf(shape: Shape, ref: (member: Member) => string): string {
  switch (shape.type) {
    case "list":
      return `  member: ${ref(shape.member!)},`;
    case "map":
      return `  key: ${ref(shape.key!)},\n  value: ${ref(shape.value!)},`;
    default: {
      if (shape.members.length === 0) return `  members: {},`;
      const lines = shape.members.map((m) => `    ${prop(m.name)}: ${ref(m)},`);
      return `  members: {\n${lines.join("\n")}\n  },`;
    }
  }
}
