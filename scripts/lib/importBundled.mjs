// Bundles an entry (a file, or esbuild's `stdin`) for Node with esbuild and imports the result
// without writing it anywhere: for TypeScript sources and packages with extensionless imports that
// Node cannot load as they are.
import { build } from "esbuild";

/** @param {import("esbuild").BuildOptions} entry `entryPoints` or `stdin` */
export async function importBundled(entry) {
  const result = await build({ ...entry, bundle: true, platform: "node", format: "esm", target: "node20", write: false, logLevel: "error" });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}
