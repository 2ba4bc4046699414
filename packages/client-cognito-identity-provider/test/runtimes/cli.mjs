// Node, Bun and Deno: `<runtime> cli.mjs <flow options as JSON>`; prints the outcome as JSON.
import { recoveryFlow } from "./recoveryFlow.mjs";

const [options] = globalThis.Deno?.args ?? process.argv.slice(2);
console.log(JSON.stringify(await recoveryFlow(JSON.parse(options))));
