import type { signRequest as signRequestNow } from "./signRequest.js";
import { prepareSigning } from "./prepareSigning.js";

/**
 * `signRequest` as @lithe/core exports it: the same function, but the signer and its SHA-256 are
 * loaded on the first call (signing is async anyway), so neither costs start-up time nor bundle
 * bytes in apps that never sign.
 *
 * The loaded module (`signPrepared.ts`) is built self-contained (rollup.config.mjs): it imports
 * nothing from the index. A module that `import()` loads and that imports the index back makes
 * esbuild, bundling without code splitting (as Lambda bundles are made), wrap the whole index in a
 * lazily initialised function, which V8 then parses twice at start-up: ~2 ms of a cold start,
 * measured. What must stay the index's own (the credentials check and its error class, the request
 * copy) runs here, before the import.
 */
export const signRequest: typeof signRequestNow = (request, options) => {
  let prepared: ReturnType<typeof prepareSigning>;
  try {
    prepared = prepareSigning(request, options);
  } catch (error) {
    return Promise.reject(error);
  }
  return import("./signPrepared.js").then((signer) => signer.signPrepared(prepared, options));
};
