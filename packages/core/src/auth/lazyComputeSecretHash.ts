import type { computeSecretHash as computeNow } from "./computeSecretHash.js";

/**
 * `computeSecretHash` as @lithe/core exports it: the same async function, with the HMAC code loaded
 * on the first call. A static export of the real one would pull that code into every app's initial
 * bundle (esbuild assigns whole files to chunks), although only apps with a client secret need it.
 */
export const computeSecretHash: typeof computeNow = (clientSecret, username, clientId) =>
  import("./computeSecretHash.js").then((hashing) => hashing.computeSecretHash(clientSecret, username, clientId));
