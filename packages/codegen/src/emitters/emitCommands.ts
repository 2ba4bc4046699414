import { type CodegenContext, isRequired } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import type { Operation, Shape } from "../model/ShapeGraph.js";
import { file, importLine, str } from "../code.js";
import { errorNeedsSchema } from "./emitErrors.js";
import { lazySchemaConst, needsConversion } from "./memberSchema.js";
import { commandDoc } from "./tsdoc.js";

/** The schema of `smithy.api#Unit`: an operation without input or output sends/reads `{}`. */
const UNIT_SCHEMA = `{ kind: "structure", name: "Unit", members: {} }`;

/** commands/<Op>Command.ts for every operation. */
export function emitCommands(ctx: CodegenContext): Record<string, string> {
  const files: Record<string, string> = {};
  for (const op of ctx.operations) files[`commands/${op.name}Command.ts`] = emitCommand(ctx, op);
  return files;
}

/**
 * "none" for operations callable without AWS credentials: `@optionalAuth`, an `@auth` list without
 * SigV4 (Cognito's `@auth([])`), or a service that has no SigV4 trait at all.
 * https://smithy.io/2.0/spec/authentication-traits.html#auth-trait
 */
export const authOf = (op: Operation, service: Shape): "none" | "sigv4" => {
  if (op.shape.traits[T.optionalAuth] !== undefined) return "none";
  const listed = op.shape.traits[T.auth] ?? service.traits[T.auth];
  if (Array.isArray(listed)) return listed.includes(T.sigv4) ? "sigv4" : "none";
  return service.traits[T.sigv4] !== undefined ? "sigv4" : "none";
};

/**
 * `@endpoint`'s hostPrefix. Every `{label}` must name an input member with `@hostLabel`, whose
 * value the runtime puts there (protocol/hostPrefix.ts).
 * https://smithy.io/2.0/spec/endpoint-traits.html#endpoint-trait
 */
export const hostPrefixOf = (op: Operation): string | undefined => {
  const prefix = (op.shape.traits[T.endpoint] as { hostPrefix?: string } | undefined)?.hostPrefix;
  if (prefix === undefined) return undefined;
  for (const [, label] of prefix.matchAll(/\{([^}]*)\}/g)) {
    const member = op.input?.members.find((m) => m.name === label);
    if (!member || member.traits[T.hostLabel] === undefined) {
      throw new Error(`${op.name}: hostPrefix label {${label}} is not an input member with @hostLabel`);
    }
  }
  return prefix;
};

/** The compressions lithe has, by `@requestCompression` encoding, as @lithe/core exports them. */
const COMPRESSIONS: Readonly<Record<string, string>> = { gzip: "gzip" };

/**
 * The first `@requestCompression` encoding lithe supports, in the model's order of preference; other
 * encodings are skipped, as the trait allows. https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait
 */
export const compressionOf = (op: Operation): string | undefined => {
  const encodings = (op.shape.traits[T.requestCompression] as { encodings?: string[] } | undefined)?.encodings ?? [];
  return encodings.map((e) => COMPRESSIONS[e.toLowerCase()]).find((c) => c !== undefined);
};

/** The input may be left out when nothing in it is required. */
export const inputIsOptional = (op: Operation): boolean => !op.input || !op.input.members.some(isRequired);

/**
 * The operation schema is built, with its input, output and error schemas, when the first command
 * of that operation is made (`X$()`), so importing the client builds none of them.
 */
function emitCommand(ctx: CodegenContext, op: Operation): string {
  const name = op.name;
  const { input, output } = op;
  // Only errors the generic path would get wrong are listed (see errorNeedsSchema): the others
  // cost an app nothing unless it imports their classes.
  const errors = op.errors.filter(errorNeedsSchema).map((e) => e.name);
  const auth = authOf(op, ctx.service);
  // Most operations hold only strings, booleans, integers, lists, maps and structures: they leave
  // `codec` out and get plainJson, so an app that sends only those never bundles the walkers that
  // convert timestamps, blobs, floats, big numbers, documents and unions.
  const converting = [input, output, ...op.errors.filter(errorNeedsSchema)].some((s) => s !== undefined && needsConversion(s));
  // The signer is imported only by signed commands, so an app that sends only unsigned ones
  // (ForgotPassword, SignUp, …) never bundles SigV4.
  const hostPrefix = hostPrefixOf(op);
  const compression = compressionOf(op);
  const core = [
    "Command",
    ...(converting ? ["convertingJson"] : []),
    ...(compression ? [compression] : []),
    ...(hostPrefix !== undefined ? ["hostPrefix"] : []),
    ...(auth === "sigv4" ? ["sigv4"] : []),
    "type OperationSchema",
    "type MetadataBearer",
  ];
  const imports = [
    importLine(core, "@lithe/core"),
    importLine([input?.name, output?.name].filter(uniqueDefined), "../models.js", true),
    importLine([input && `${input.name}$`, output && `${output.name}$`].filter(uniqueDefined), "../schemas.js"),
    importLine(errors.map((e) => `${e}$`), "../errors.js"),
  ];
  const types = [
    input
      ? `export interface ${name}CommandInput extends ${input.name} {}`
      : `export interface ${name}CommandInput {}`,
    output
      ? `export interface ${name}CommandOutput extends ${output.name}, MetadataBearer {}`
      : `export interface ${name}CommandOutput extends MetadataBearer {}`,
  ];
  const schema = lazySchemaConst(
    name,
    "OperationSchema",
    [
      `{`,
      `  name: ${str(name)},`,
      `  input: ${input ? `${input.name}$()` : UNIT_SCHEMA},`,
      `  output: ${output ? `${output.name}$()` : UNIT_SCHEMA},`,
      ...(errors.length ? [`  errors: {\n${errors.map((e) => `    ${e}: ${e}$(),`).join("\n")}\n  },`] : []),
      `  auth: ${auth === "sigv4" ? "sigv4" : str(auth)},`,
      ...(converting ? [`  codec: convertingJson,`] : []),
      ...(hostPrefix !== undefined ? [`  hostPrefix: hostPrefix(${str(hostPrefix)}),`] : []),
      ...(compression ? [`  requestCompression: ${compression},`] : []),
      `}`,
    ].join("\n"),
  );
  const arg = inputIsOptional(op) ? `input: ${name}CommandInput = {}` : `input: ${name}CommandInput`;
  const cls = [
    commandDoc(ctx, op).trimEnd(),
    `export class ${name}Command extends Command<${name}CommandInput, ${name}CommandOutput> {`,
    `  constructor(${arg}) {`,
    `    super(input, ${name}$());`,
    `  }`,
    `}`,
  ];
  return file(ctx.header, imports.filter(Boolean).join("\n"), types.join("\n"), schema, cls.join("\n"));
}

function uniqueDefined(value: string | undefined, index: number, all: (string | undefined)[]): value is string {
  return value !== undefined && all.indexOf(value) === index;
}
