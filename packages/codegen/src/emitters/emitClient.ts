import type { CodegenContext } from "../CodegenContext.js";
import { file, importLine, str } from "../code.js";
import { compressionOf, hostPrefixOf } from "./emitCommands.js";

/** <Client>.ts: the client class and the `ServiceSchema` it hands to @lithe/core. */
export function emitClient(ctx: CodegenContext, options: { endpointFiles: boolean }): string {
  const { info } = ctx;
  // Middleware for traits only some models use, so that other clients bundle none of it.
  const plugins = [
    ...(ctx.operations.some((op) => hostPrefixOf(op) !== undefined) ? ["getHostPrefixPlugin"] : []),
    ...(ctx.operations.some((op) => compressionOf(op) !== undefined) ? ["getCompressionPlugin"] : []),
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
      importLine(["Client", ...plugins, "type ClientConfig", "type ServiceSchema"], "@lithe/core"),
      `import { ${info.exceptionName} } from "./${info.exceptionName}.js";`,
      ...(options.endpointFiles ? [`import { resolveEndpoint } from "./endpoint/resolveEndpoint.js";`] : []),
    ].join("\n"),
    `export interface ${config} extends ClientConfig {}`,
    `const service: ServiceSchema = {\n${fields.map((f) => `  ${f},`).join("\n")}\n};`,
    [
      `/** Sends ${info.sdkId} commands: \`await client.send(new XCommand(input))\`. */`,
      `export class ${info.clientName} extends Client<${config}> {`,
      `  constructor(config: ${config} = {}) {`,
      `    super(config, service);`,
      `  }`,
      `}`,
    ].join("\n"),
  );
}
