import type { CodegenContext } from "../CodegenContext.js";
import { file } from "../code.js";

/** <Base>ServiceException.ts: the base class of every error of this service. */
export function emitServiceException(ctx: CodegenContext): string {
  const name = ctx.info.exceptionName;
  return file(
    ctx.header,
    `import { ServiceException, type ServiceExceptionOptions } from "@lithe/core";`,
    [
      `/** Base of every error ${ctx.info.sdkId} answers with; catch it to handle them all. */`,
      `export class ${name} extends ServiceException {`,
      `  constructor(options: ServiceExceptionOptions) {`,
      `    super(options);`,
      `  }`,
      `}`,
    ].join("\n"),
  );
}
