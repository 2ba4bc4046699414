import { type CodegenContext, isAggregate, isError } from "../CodegenContext.js";
import type { Shape } from "../model/ShapeGraph.js";
import { file, importLine, prop, str } from "../code.js";
import { errorFacts } from "../errorFacts.js";
import { coreImport, lazySchemaConst, membersBlock } from "./memberSchema.js";
import { errorDoc } from "./tsdoc.js";
import { namedTypesIn, typeOf } from "./typeOf.js";

/** Properties ServiceException (or Error) already has; a member of the same name stays in the schema only. */
const BASE_PROPERTIES = new Set(["message", "name", "stack", "cause", "$fault", "$metadata", "$retryable", "$response"]);

/** Member types that arrive in JSON exactly as the error's properties hold them. */
const JSON_NATIVE = new Set(["string", "enum", "boolean", "byte", "short", "integer", "intEnum", "long"]);

/**
 * Whether the runtime needs this error's schema: members to convert (timestamps, blobs, floats,
 * structures…), @retryable, or a fault its HTTP status does not tell (no @httpError on a server
 * error). Every other error is built generically from the body, so commands need not import it.
 */
export const errorNeedsSchema = (shape: Shape): boolean => {
  const { fault, httpStatus, retryable } = errorFacts(shape);
  const statusFault = httpStatus !== undefined && httpStatus >= 500 ? "server" : "client";
  return (
    retryable !== undefined ||
    fault !== statusFault ||
    shape.members.some((m) => !BASE_PROPERTIES.has(m.name) && !JSON_NATIVE.has(m.target.type))
  );
};

/**
 * errors.ts: a class per error shape, matched by name (`instanceof`) since the runtime throws the
 * service's base exception named after the code; an `ErrorSchema` for the errors that need one.
 */
export function emitErrors(ctx: CodegenContext): string {
  const errors = ctx.shapes.filter(isError);
  if (errors.length === 0) return file(ctx.header, "export {};");
  const schemas = new Set<string>();
  const types = new Set<string>();
  for (const error of errors) {
    for (const m of error.members) {
      if (isAggregate(m.target) && errorNeedsSchema(error)) schemas.add(`${m.target.name}$`);
      if (!BASE_PROPERTIES.has(m.name)) namedTypesIn(m.target, types);
    }
  }
  const exception = ctx.info.exceptionName;
  const needSchema = errors.filter(errorNeedsSchema);
  return file(
    ctx.header,
    [
      coreImport(needSchema, [...(needSchema.length ? ["ErrorSchema"] : []), "ServiceExceptionOptions"], ["isServiceErrorNamed"]),
      importLine([exception], `./${exception}.js`),
      importLine([...types].sort(), "./models.js", true),
      importLine([...schemas].sort(), "./schemas.js"),
    ]
      .filter(Boolean)
      .join("\n"),
    ...errors.map((e) => errorBlock(ctx, e)),
  );
}

function errorBlock(ctx: CodegenContext, shape: Shape): string {
  const { fault, httpStatus, retryable } = errorFacts(shape);
  const retryableText = retryable?.throttling ? "{ throttling: true }" : "{}";
  const schema = errorNeedsSchema(shape)
    ? [
        lazySchemaConst(
          shape.name,
          "ErrorSchema",
          [
            `{`,
            `  kind: "structure",`,
            `  name: ${str(shape.name)},`,
            `  ${membersBlock(ctx, shape, "  ")},`,
            `  fault: ${str(fault)},`,
            ...(httpStatus !== undefined ? [`  httpStatus: ${httpStatus},`] : []),
            ...(retryable ? [`  retryable: ${retryableText},`] : []),
            `}`,
          ].join("\n"),
        ),
        ``,
      ]
    : [];
  const name = str(shape.name);
  const cls = [
    errorDoc(ctx, shape).trimEnd(),
    `export class ${shape.name} extends ${ctx.info.exceptionName} {`,
    // `declare` only: the base constructor sets them from the options passed up, so a class needs
    // no field initializer (59 fewer functions for V8 to create at import, and none to run per error).
    `  declare readonly name: ${name};`,
    `  declare readonly $fault: ${str(fault)};`,
    ...(retryable ? [`  declare readonly $retryable: ${retryableText};`] : []),
    // `declare`: a class field would reset the member the base constructor just copied from options.
    ...shape.members
      .filter((m) => !BASE_PROPERTIES.has(m.name))
      .map((m) => `  declare ${prop(m.name)}?: ${typeOf(m.target, false)};`),
    `  constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault">) {`,
    `    super({ ...options, name: ${name}, $fault: ${str(fault)}${retryable ? `, $retryable: ${retryableText}` : ""} });`,
    `  }`,
    `  static override [Symbol.hasInstance](value: unknown): boolean {`,
    `    return isServiceErrorNamed(value, ${name});`,
    `  }`,
    `}`,
  ];
  return [...schema, ...cls].join("\n");
}
