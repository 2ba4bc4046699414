import type { CodegenContext } from "../CodegenContext.js";
import { file, importLine } from "../code.js";

/**
 * serviceTypes.ts: `ServiceInputTypes` and `ServiceOutputTypes`, the unions of every command's input
 * and output that the AWS SDK's client module exports (and that the client's `send` is typed with).
 * They import a type from every command file, so they live apart and the client file stays short.
 */
export function emitServiceTypes(ctx: CodegenContext): string {
  const names = ctx.operations.map((op) => op.name);
  const union = (suffix: string) => (names.length ? names.map((name) => `\n  | ${name}Command${suffix}`).join("") : " never");
  return file(
    ctx.header,
    names.map((name) => importLine([`${name}CommandInput`, `${name}CommandOutput`], `./commands/${name}Command.js`, true)).join("\n"),
    `/** The input of every command this client sends. */\nexport type ServiceInputTypes =${union("Input")};`,
    `/** The output of every command this client sends. */\nexport type ServiceOutputTypes =${union("Output")};`,
  );
}
