import type { CodegenContext } from "../CodegenContext.js";
import { isRequired } from "../CodegenContext.js";
import { T } from "../model/ast.js";
import { memberTrait, type Operation } from "../model/ShapeGraph.js";
import { file, importLine, str } from "../code.js";
import { inputIsOptional } from "./emitCommands.js";

interface Paginated {
  inputToken?: string;
  outputToken?: string;
  pageSize?: string;
  items?: string;
}

/** The operations with `@paginated`, each with the service-level trait's values as defaults. */
export function paginatedOperations(ctx: CodegenContext): { op: Operation; trait: Paginated }[] {
  const defaults = (ctx.service.traits[T.paginated] ?? {}) as Paginated;
  return ctx.operations.flatMap((op) => {
    const own = op.shape.traits[T.paginated] as Paginated | undefined;
    if (!own) return [];
    const trait = { ...defaults, ...own };
    // Without both tokens there is nothing to follow (a page-size-only trait).
    return trait.inputToken && trait.outputToken ? [{ op, trait }] : [];
  });
}

/** paginators/paginate<Op>.ts for every paginated operation. */
export function emitPaginators(ctx: CodegenContext): Record<string, string> {
  const files: Record<string, string> = {};
  // The client's own pagination type, as the AWS SDK's paginators take (`client` typed as this client).
  const paginationConfig = ctx.info.paginationConfigName;
  for (const { op, trait } of paginatedOperations(ctx)) {
    const name = op.name;
    const tokens = [
      `inputToken: ${str(trait.inputToken!)}`,
      `outputToken: ${str(trait.outputToken!)}`,
      ...(trait.pageSize ? [`pageSize: ${str(trait.pageSize)}`] : []),
    ];
    // A required page size the paginator fills in is optional to its caller.
    const fill = defaultPageSize(op, trait.pageSize);
    if (fill !== undefined) tokens.push(`defaultPageSize: ${fill}`);
    const inputType =
      fill === undefined ? `${name}CommandInput` : `Omit<${name}CommandInput, ${str(trait.pageSize!)}> & { ${trait.pageSize}?: number }`;
    const optional = fill === undefined ? inputIsOptional(op) : !op.input!.members.some((m) => isRequired(m) && m.name !== trait.pageSize);
    const input = `input: ${inputType}${optional ? " = {}" : ""}`;
    const inputArg = fill === undefined ? "input" : `input as ${name}CommandInput`;
    files[`paginators/paginate${name}.ts`] = file(
      ctx.header,
      [
        importLine(["paginate"], "@lithe/core"),
        importLine([`type ${paginationConfig}`], `../${ctx.info.clientName}.js`),
        importLine(
          [`${name}Command`, `type ${name}CommandInput`, `type ${name}CommandOutput`],
          `../commands/${name}Command.js`,
        ),
      ].join("\n"),
      [
        `/** Every page of ${name}, following ${trait.outputToken} until the service stops returning one. */`,
        `export function paginate${name}(`,
        `  config: ${paginationConfig},`,
        `  ${input},`,
        `): AsyncIterable<${name}CommandOutput> {`,
        paginateCall(`  return paginate(config, ${inputArg}, ${name}Command, `, tokens),
        `}`,
      ].join("\n"),
    );
  }
  return files;
}

/**
 * The `@range` maximum of a page-size member the model requires: without it, a paginator called
 * with no page size (as the AWS docs do, `paginateListUserPools({ client }, {})`) would fail validation.
 */
const defaultPageSize = (op: Operation, pageSize: string | undefined): number | undefined => {
  const member = pageSize ? op.input?.members.find((m) => m.name === pageSize) : undefined;
  if (!member || !isRequired(member)) return undefined;
  return (memberTrait(member, T.range) as { max?: number } | undefined)?.max;
};

const paginateCall = (head: string, tokens: string[]): string => {
  const line = `${head}{ ${tokens.join(", ")} });`;
  return line.length <= 120 ? line : `${head}{\n${tokens.map((t) => `    ${t},\n`).join("")}  });`;
};
