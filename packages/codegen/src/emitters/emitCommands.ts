import { type CodegenContext, isRequired, type ServiceOperation } from "../CodegenContext.js";
import type { Operation } from "../model/ShapeGraph.js";
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

/** The input may be left out when nothing in it is required. */
export const inputIsOptional = (op: Operation): boolean => !op.input || !op.input.members.some(isRequired);

/**
 * The operation schema is built, with its input, output and error schemas, when the first command
 * of that operation is made (`X$()`), so importing the client builds none of them.
 */
function emitCommand(ctx: CodegenContext, op: ServiceOperation): string {
  const name = op.name;
  const { input, output } = op;
  // Only errors the generic path would get wrong are listed (see errorNeedsSchema): the others
  // cost an app nothing unless it imports their classes.
  const errors = op.errors.filter(errorNeedsSchema).map((e) => e.name);
  const { auth, hostPrefix, compression } = op.facts;
  // Most operations hold only strings, booleans, integers, lists, maps and structures: they leave
  // `codec` out and get plainJson, so an app that sends only those never bundles the walkers that
  // convert timestamps, blobs, floats, big numbers, documents and unions.
  const converting = [input, output, ...op.errors.filter(errorNeedsSchema)].some((s) => s !== undefined && needsConversion(s));
  // The signer is imported only by signed commands, so an app that sends only unsigned ones
  // (ForgotPassword, SignUp, …) never bundles SigV4.
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
