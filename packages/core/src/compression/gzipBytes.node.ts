/**
 * gzip with node:zlib, loaded by the first call (getBuiltinModule, not a static import: an import of
 * a builtin is paid at start-up by every app, compressing or not).
 */
export const gzipBytes = (bytes: Uint8Array): Promise<Uint8Array> =>
  new Promise((resolve, reject) =>
    process.getBuiltinModule("node:zlib").gzip(bytes, (error, result) =>
      error ? reject(error) : resolve(new Uint8Array(result.buffer, result.byteOffset, result.byteLength)),
    ),
  );
