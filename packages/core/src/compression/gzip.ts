import type { RequestCompression } from "../schema/types.js";
import { compressBody } from "./compressBody.js";
import { gzipBytes } from "./gzipBytes.js";

/**
 * gzip for `@requestCompression` operations. Generated commands with the trait import it (as signed
 * ones import `sigv4`), so compression code is bundled only with them; Node's zlib is loaded by the
 * first compressed request, browsers use `CompressionStream` (gzipBytes.browser.ts).
 */
export const gzip: RequestCompression = {
  encoding: "gzip",
  compress: (request, minSize) => compressBody(request, minSize, "gzip", gzipBytes),
};
