import type { signRequest as signRequestNow } from "./signRequest.js";

/**
 * `signRequest` as @lithe/core exports it: the same function, but the signer and its SHA-256 are
 * loaded on the first call (signing is async anyway), so neither costs start-up time nor bundle
 * bytes in apps that never sign.
 */
export const signRequest: typeof signRequestNow = (request, options) =>
  import("./signRequest.js").then((signer) => signer.signRequest(request, options));
