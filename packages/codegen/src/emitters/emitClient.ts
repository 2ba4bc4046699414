import type { CodegenContext } from "../CodegenContext.js";
import { file, importLine, str } from "../code.js";

/**
 * <Client>.ts: the client class, the `ServiceSchema` it hands to @lithe/core, and the types the AWS
 * SDK's client module exports beside its class (the config, the resolved config and the pagination
 * configuration; `ServiceInputTypes` and `ServiceOutputTypes` are in serviceTypes.ts).
 */
export function emitClient(ctx: CodegenContext, options: { endpointFiles: boolean }): string {
  const { info } = ctx;
  // Middleware for traits only some models use, so that other clients bundle none of it.
  const plugins = [
    ...(ctx.operations.some((op) => op.facts.hostPrefix !== undefined) ? ["getHostPrefixPlugin"] : []),
    ...(ctx.operations.some((op) => op.facts.compression !== undefined) ? ["getCompressionPlugin"] : []),
  ];
  const fields = [
    `targetPrefix: ${str(info.targetPrefix)}`,
    `clientName: ${str(info.clientName)}`,
    `sdkId: ${str(info.sdkId)}`,
    `uaServiceId: ${str(info.uaServiceId)}`,
    `packageVersion: ${str(ctx.packageVersion)}`,
    `apiVersion: ${str(info.apiVersion)}`,
    `signingName: ${str(info.signingName)}`,
    ...(options.endpointFiles ? ["resolveEndpoint"] : []),
    `ServiceException: ${info.exceptionName}`,
    ...(plugins.length ? [`plugins: [${plugins.join(", ")}]`] : []),
  ];
  const config = `${info.clientName}Config`;
  return file(
    ctx.header,
    [
      importLine(
        ["Client", ...plugins, "type ClientConfig", "type PaginationConfiguration", "type ResolvedClientConfig", "type ServiceSchema"],
        "@lithe/core",
      ),
      `import { ${info.exceptionName} } from "./${info.exceptionName}.js";`,
      ...(options.endpointFiles ? [`import { resolveEndpoint } from "./endpoint/resolveEndpoint.js";`] : []),
      `import type { ServiceInputTypes, ServiceOutputTypes } from "./serviceTypes.js";`,
    ].join("\n"),
    `export interface ${config} extends ClientConfig {}`,
    `export interface ${info.clientName}ResolvedConfig extends ResolvedClientConfig {}`,
    [
      `/** What the generated \`paginate<Op>\` functions take, under the AWS SDK's name. */`,
      `export interface ${info.paginationConfigName} extends PaginationConfiguration {`,
      `  client: ${info.clientName};`,
      `}`,
    ].join("\n"),
    `const service: ServiceSchema = {\n${fields.map((f) => `  ${f},`).join("\n")}\n};`,
    [
      `/** Sends ${info.sdkId} commands: \`await client.send(new XCommand(input))\`. */`,
      `export class ${info.clientName} extends Client<${config}, ServiceInputTypes, ServiceOutputTypes> {`,
      `  constructor(config: ${config} = {}) {`,
      `    super(config, service);`,
      `  }`,
      `}`,
    ].join("\n"),
  );
}
