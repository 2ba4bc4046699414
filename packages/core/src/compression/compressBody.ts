import type { HttpRequest } from "@smithy/protocol-http";
import { fromUtf8 } from "../utils/utf8.js";

/**
 * Compresses a text or byte body of at least `minSize` bytes and appends `encoding` to any
 * Content-Encoding already set (`custom` → `custom, gzip`), as the AWS SDK's compression middleware
 * does. https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait
 */
export const compressBody = async (
  request: HttpRequest,
  minSize: number,
  encoding: string,
  compress: (bytes: Uint8Array) => Promise<Uint8Array>,
): Promise<void> => {
  const body: unknown = request.body;
  const bytes = typeof body === "string" ? fromUtf8(body) : body instanceof Uint8Array ? body : undefined;
  if (bytes === undefined || bytes.byteLength < minSize) return;
  request.body = await compress(bytes);
  const headers = request.headers;
  let name = "content-encoding";
  for (const key in headers) {
    const lower = key.toLowerCase();
    if (lower === name) name = key;
    // A length set before compression counts the uncompressed bytes; the content-length middleware
    // (after this one) measures the new body.
    else if (lower === "content-length") delete headers[key];
  }
  const set = headers[name];
  headers[name] = set ? `${set}, ${encoding}` : encoding;
};
