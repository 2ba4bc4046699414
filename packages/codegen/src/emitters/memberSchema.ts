import { type CodegenContext, isAggregate, isRequired, isSensitive } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import { memberTrait, type Member, type Shape } from "../model/ShapeGraph.js";
import { prop, str } from "../code.js";

const KIND: Readonly<Record<string, string>> = {
  string: "string",
  enum: "string",
  boolean: "boolean",
  byte: "integer",
  short: "integer",
  integer: "integer",
  long: "integer",
  intEnum: "integer",
  float: "float",
  double: "float",
  bigInteger: "bigInteger",
  bigDecimal: "bigDecimal",
  blob: "blob",
  timestamp: "timestamp",
  document: "document",
};

/** `SchemaRef`: a kind string for simple shapes, a thunk for aggregates (recursion-safe). */
export function schemaRef(target: Shape): string {
  const kind = KIND[target.type];
  if (kind) return str(kind);
  if (isAggregate(target)) return `() => ${target.name}$`;
  throw new Error(`${target.id}: a ${target.type} shape cannot be a member target`);
}

/** A `MemberSchema` object literal: target plus the merged constraint traits. */
export function memberSchema(ctx: CodegenContext, container: Shape, member: Member): string {
  const parts = [`target: ${schemaRef(member.target)}`];
  if (container.type === "structure" && isRequired(member)) parts.push("required: true");
  if (isSensitive(ctx, container, member)) parts.push("sensitive: true");
  const length = memberTrait(member, T.length) as { min?: number; max?: number } | undefined;
  if (length) parts.push(`length: [${length.min ?? null}, ${length.max ?? null}]`);
  const pattern = memberTrait(member, T.pattern) as string | undefined;
  if (pattern !== undefined) parts.push(`pattern: ${str(pattern)}`);
  const range = memberTrait(member, T.range) as { min?: number; max?: number } | undefined;
  if (range) parts.push(`range: [${range.min ?? null}, ${range.max ?? null}]`);
  const format = memberTrait(member, T.timestampFormat) as string | undefined;
  if (format !== undefined && member.target.type === "timestamp") parts.push(`timestampFormat: ${str(format)}`);
  return `{ ${parts.join(", ")} }`;
}

/** The `members` property of a structure or union schema, one member per line. */
export function membersBlock(ctx: CodegenContext, shape: Shape, indent: string): string {
  if (shape.members.length === 0) return "members: {}";
  const lines = shape.members.map((m) => `${indent}  ${prop(m.name)}: ${memberSchema(ctx, shape, m)},`);
  return `members: {\n${lines.join("\n")}\n${indent}}`;
}
