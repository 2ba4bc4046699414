import { existsSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Customizations } from "./CodegenContext.js";
import { generateClient } from "./generateClient.js";
import { diffOutput, writeOutput } from "./writeOutput.js";

const USAGE = `usage: npm run codegen [-- [--model <file.json> --out <dir>] [--customizations <file.json>]
                               [--partitions <file.json>] [--service <shape id>] [--check]]
  without --model: regenerates the Cognito client from codegen-model/
  --check: writes nothing; exits 1 listing files that differ from what the generator writes`;

/** `npm run codegen`: returns the exit code. Relative paths are taken from the working directory. */
export function main(argv: readonly string[], { root }: { root: string }): number {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        model: { type: "string" },
        out: { type: "string" },
        customizations: { type: "string" },
        partitions: { type: "string" },
        service: { type: "string" },
        check: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.model && !args.out) {
    console.error(`--out is required with --model\n${USAGE}`);
    return 2;
  }
  const model = args.model ? resolve(args.model) : join(root, "codegen-model/cognito-identity-provider.json");
  const out = args.out ? resolve(args.out) : join(root, "packages/client-cognito-identity-provider/src/generated");
  const customizations = args.customizations
    ? resolve(args.customizations)
    : args.model
      ? undefined
      : join(root, "codegen-model/customizations.json");
  const partitions = args.partitions ? resolve(args.partitions) : join(root, "codegen-model/partitions.json");

  const files = generateClient(readJson(model), {
    modelFileName: basename(model),
    packageVersion: packageVersionNear(out),
    ...(customizations ? { customizations: readJson(customizations) as Customizations } : {}),
    ...(existsSync(partitions) ? { partitions: readJson(partitions) } : {}),
    ...(args.service ? { service: args.service } : {}),
  });
  const shown = relative(process.cwd(), out) || ".";

  if (args.check) {
    const diff = diffOutput(out, files);
    const problems = [
      ...diff.differ.map((p) => `  differs:  ${p}`),
      ...diff.missing.map((p) => `  missing:  ${p}`),
      ...diff.extra.map((p) => `  extra:    ${p}`),
    ];
    if (problems.length === 0) {
      console.log(`codegen:check: ${shown} is up to date (${files.size} files)`);
      return 0;
    }
    console.error(`codegen:check: ${shown} differs from what the generator writes; run \`npm run codegen\`\n${problems.join("\n")}`);
    return 1;
  }
  const result = writeOutput(out, files);
  console.log(
    `codegen: ${files.size} files in ${shown} (${result.written.length} written, ${result.deleted.length} stale deleted)`,
  );
  for (const path of result.foreign) console.warn(`codegen: warning: ${path} is not generated; left in place`);
  return 0;
}

const readJson = (path: string): any => JSON.parse(readFileSync(path, "utf8"));

/** The version of the package the output folder sits in (`<out>/../../package.json`). */
function packageVersionNear(out: string): string {
  const path = join(out, "../../package.json");
  return existsSync(path) ? String(readJson(path).version ?? "0.0.0") : "0.0.0";
}
