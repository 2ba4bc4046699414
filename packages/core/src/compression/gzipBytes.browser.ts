/** gzip with the platform's `CompressionStream` (browsers, workerd, Deno, Bun). */
export const gzipBytes = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
