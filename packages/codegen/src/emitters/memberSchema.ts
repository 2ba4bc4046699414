import { type CodegenContext, isAggregate, isRequired, isSensitive } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import { memberTrait, type Member, type Shape } from "../model/ShapeGraph.js";
import { importLine, prop, str } from "../code.js";
import { asciiTwin } from "./asciiTwin.js";

/** Simple shapes whose JSON form is the value itself: a kind string in the schema. */
const KIND: Readonly<Record<string, string>> = {
  string: "string",
  enum: "string",
  boolean: "boolean",
  byte: "integer",
  short: "integer",
  integer: "integer",
  long: "integer",
  intEnum: "integer",
};

/**
 * The other simple shapes: the codec from @lithe/core that converts them. A generated file imports
 * only the codecs its schemas use, so an app bundles only those conversions.
 */
const CODEC: Readonly<Record<string, string>> = {
  float: "floatCodec",
  double: "floatCodec",
  bigInteger: "bigIntegerCodec",
  bigDecimal: "bigDecimalCodec",
  blob: "blobCodec",
  timestamp: "timestampCodec",
  document: "documentCodec",
};

/**
 * Whether `shape`'s JSON form needs more than plainJson (see OperationSchema.codec): it holds, at any
 * depth, a union or a simple shape that a codec converts.
 */
export function needsConversion(shape: Shape, seen = new Set<Shape>()): boolean {
  if (shape.type === "union" || CODEC[shape.type]) return true;
  if (seen.has(shape)) return false;
  seen.add(shape);
  return [...shape.members, shape.member, shape.key, shape.value].some((m) => m !== undefined && needsConversion(m.target, seen));
}

/**
 * `SchemaRef`: a kind string, a codec, or for an aggregate its `X$` function (recursion-safe, and
 * the schema is built only when a walker first reaches it).
 */
export function schemaRef(target: Shape): string {
  const kind = KIND[target.type];
  if (kind) return str(kind);
  const codec = CODEC[target.type];
  if (codec) return codec;
  if (isAggregate(target)) return `${target.name}$`;
  throw new Error(`${target.id}: a ${target.type} shape cannot be a member target`);
}

/**
 * The import from @lithe/core of a file holding the schemas of `shapes`: the codecs their members
 * reference, sorted (so a bundle gets only those), `values` and `types`.
 */
export function coreImport(shapes: readonly Shape[], types: readonly string[], values: readonly string[] = []): string {
  const codecs = new Set<string>();
  for (const shape of shapes) {
    for (const m of [...shape.members, shape.member, shape.key, shape.value]) {
      const codec = m && CODEC[m.target.type];
      if (codec) codecs.add(codec);
    }
  }
  if (codecs.size === 0 && values.length === 0) return importLine(types, "@lithe/core", true);
  return importLine([...[...codecs, ...values].sort(), ...types.map((t) => `type ${t}`)], "@lithe/core");
}

/** A `MemberSchema` object literal: target plus the merged constraint traits. */
export function memberSchema(ctx: CodegenContext, container: Shape, member: Member): string {
  const parts = [`target: ${schemaRef(member.target)}`];
  if (container.type === "structure" && isRequired(member)) parts.push("required: true");
  if (isSensitive(ctx, container, member)) parts.push("sensitive: true");
  const length = memberTrait(member, T.length) as { min?: number; max?: number } | undefined;
  if (length) parts.push(`length: [${length.min ?? null}, ${length.max ?? null}]`);
  const pattern = memberTrait(member, T.pattern) as string | undefined;
  if (pattern !== undefined) {
    const twin = asciiTwin(pattern);
    parts.push(`pattern: ${twin === undefined ? str(pattern) : `[${str(pattern)}, ${str(twin)}]`}`);
  }
  const range = memberTrait(member, T.range) as { min?: number; max?: number } | undefined;
  if (range) parts.push(`range: [${range.min ?? null}, ${range.max ?? null}]`);
  const format = memberTrait(member, T.timestampFormat) as string | undefined;
  if (format !== undefined && member.target.type === "timestamp") parts.push(`timestampFormat: ${str(format)}`);
  return `{ ${parts.join(", ")} }`;
}

/**
 * `<name>$`, the function that builds a schema on its first call and returns that same object from
 * then on: `body` is the object literal, `type` its type. Importing the client then builds no
 * schema, and V8 only pre-parses the literals of the operations a process never calls (a bundler
 * still drops those it never reaches: the top level holds only the function and its cache).
 */
export function lazySchemaConst(name: string, type: string, body: string): string {
  const cache = `${name[0]!.toLowerCase()}${name.slice(1)}Schema`;
  return `let ${cache}: ${type} | undefined;\nexport const ${name}$ = (): ${type} =>\n  (${cache} ??= ${body.replace(/\n/g, "\n  ")});`;
}

/** The `members` property of a structure or union schema, one member per line. */
export function membersBlock(ctx: CodegenContext, shape: Shape, indent: string): string {
  if (shape.members.length === 0) return "members: {}";
  const lines = shape.members.map((m) => `${indent}  ${prop(m.name)}: ${memberSchema(ctx, shape, m)},`);
  return `members: {\n${lines.join("\n")}\n${indent}}`;
}
