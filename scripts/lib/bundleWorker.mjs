// A worker thread of `npm run size`: builds the bundles it is sent, one at a time, so two builds
// run at once on a 2-core machine (rollup's parse and the commonjs transform run on one thread).
import { parentPort } from "node:worker_threads";
import { bundleWithEsbuild, bundleWithRollup } from "./bundleSize.mjs";

parentPort.on("message", async ({ name, dir, source, sourcemap, esbuild }) => {
  const started = performance.now();
  try {
    const built = esbuild ? await bundleWithEsbuild({ dir, name, source }) : await bundleWithRollup({ dir, name, source, sourcemap });
    parentPort.postMessage({ name, built, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ name, error: String(error?.message ?? error).split("\n")[0], ms: performance.now() - started });
  }
});
