import { type CodegenContext, isRequired, isSensitive, type ServiceOperation } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import { memberTrait, type Member, type Shape } from "../model/ShapeGraph.js";
import { errorFacts } from "../errorFacts.js";

/**
 * The TSDoc of generated code, written from the model's facts (never its prose, which the import
 * drops): what an editor shows on hover and what `npm run docs` renders. Every function returns a
 * whole comment (or "") ending in a newline, indented by `indent`.
 */

/** A comment from its lines; `*\/` inside a pattern must not end it. */
export const docComment = (lines: readonly string[], indent = ""): string => {
  const safe = lines.map((line) => line.replaceAll("*/", "*\\/"));
  if (safe.length === 0) return "";
  if (safe.length === 1) return `${indent}/** ${safe[0]} */\n`;
  return `${indent}/**\n${safe.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)).join("\n")}\n${indent} */\n`;
};

const code = (text: string): string => `\`${text.replaceAll("`", "'")}\``;

/** "client fault, HTTP 400" for an error shape. */
export const faultOf = (error: Shape): string => {
  const { fault, httpStatus } = errorFacts(error);
  return httpStatus === undefined ? `${fault} fault` : `${fault} fault, HTTP ${httpStatus}`;
};

/** The link to an operation's page in the service's API reference, from `customizations.apiReferenceUrl`. */
export const apiReferenceOf = (ctx: CodegenContext, operation: string): string | undefined =>
  ctx.customizations.apiReferenceUrl?.replace("{operation}", operation);

/** The command class: how it is sent, what is required and sensitive, the errors it declares, the reference. */
export function commandDoc(ctx: CodegenContext, op: ServiceOperation): string {
  const { auth, hostPrefix, compression } = op.facts;
  const signed = auth === "sigv4";
  const members = op.input?.members ?? [];
  const required = members.filter(isRequired).map((m) => code(m.name));
  const sensitive = op.input ? members.filter((m) => isSensitive(ctx, op.input!, m)).map((m) => code(m.name)) : [];
  const lines = [
    `Sends the ${op.name} operation. ${signed ? "Signed with SigV4: needs AWS credentials." : "Sent unsigned: needs no AWS credentials."}`,
    "",
    required.length ? `Required input: ${required.join(", ")}.` : "No input member is required.",
    ...(sensitive.length ? [`Redacted from logs: ${sensitive.join(", ")}.`] : []),
    ...(op.shape.traits[T.paginated] ? [`Paginated: see {@link paginate${op.name}}.`] : []),
    ...(hostPrefix !== undefined ? [`Sent to the endpoint's host prefixed with \`${hostPrefix}\` (unless \`disableHostPrefix\`).`] : []),
    ...(compression ? [`Bodies of \`requestMinCompressionSizeBytes\` or more are sent ${compression}-compressed.`] : []),
    "The input is checked against the model's constraints before anything is sent (`validateInput: false` turns that off).",
    "",
    ...op.errors.map((e) => `@throws ${e.name} (${faultOf(e)})`),
    `@throws ${ctx.info.exceptionName} for any other error the service returns`,
    ...(apiReferenceOf(ctx, op.name) ? [`@see ${apiReferenceOf(ctx, op.name)}`] : []),
    ...(op.shape.traits[T.deprecated] !== undefined ? ["@deprecated"] : []),
  ];
  return docComment(lines);
}

/** The constraints a member's value is checked against, in words. */
export const constraintsOf = (member: Member): string[] => {
  const notes: string[] = [];
  const length = memberTrait(member, T.length) as { min?: number; max?: number } | undefined;
  const range = memberTrait(member, T.range) as { min?: number; max?: number } | undefined;
  const pattern = memberTrait(member, T.pattern) as string | undefined;
  const unit = member.target.type === "string" ? " characters" : member.target.type === "blob" ? " bytes" : " entries";
  if (length) notes.push(`Length: ${bounds(length)}${unit}.`);
  if (range) notes.push(`Range: ${bounds(range)}.`);
  if (pattern !== undefined) notes.push(`Pattern: ${code(pattern)}.`);
  return notes;
};

const bounds = ({ min, max }: { min?: number; max?: number }): string =>
  min !== undefined && max !== undefined ? (min === max ? `exactly ${min}` : `${min} to ${max}`) : min !== undefined ? `at least ${min}` : `at most ${max}`;

/** A structure member: required, constraints (input shapes only: outputs are not checked), sensitive, deprecated. */
export function memberDoc(ctx: CodegenContext, shape: Shape, member: Member, input: boolean, indent = "  "): string {
  const notes: string[] = [];
  if (input && isRequired(member)) notes.push("Required.");
  if (input) notes.push(...constraintsOf(member));
  if (isSensitive(ctx, shape, member)) notes.push("Sensitive: redacted from logs and validation messages.");
  const deprecated = member.traits[T.deprecated] !== undefined ? ["@deprecated"] : [];
  return docComment([...(notes.length ? [notes.join(" ")] : []), ...deprecated], indent);
}

/** An error class: its fault and status, whether it is retried, and the operations that declare it. */
export function errorDoc(ctx: CodegenContext, error: Shape): string {
  const { retryable } = errorFacts(error);
  const declaredBy = ctx.operations.filter((op) => op.errors.some((e) => e.id === error.id)).map((op) => op.name);
  const lines = [
    `The ${error.name} error: ${faultOf(error)}${retryable ? (retryable.throttling ? ", retried (throttling)" : ", retried") : ""}.`,
    `Matches with \`instanceof\` any error the service returns under this name.`,
    ...(declaredBy.length ? ["", `Declared by: ${declaredBy.join(", ")}.`] : []),
  ];
  return docComment(lines);
}

/** An enum: its values, for the hover. */
export function enumDoc(shape: Shape): string {
  const values = shape.members.map((m) => String(m.traits[T.enumValue] ?? m.name));
  return docComment([`The values of ${shape.name} in the model: ${values.map(code).join(", ")}.`]);
}
