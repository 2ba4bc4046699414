/**
 * Reads any response body a request handler may return into bytes: lithe's handlers already
 * return a Uint8Array, but a third-party one (Smithy's Node or fetch handler, a test double)
 * returns a Node Readable, a web ReadableStream, a Blob or a string.
 */
export const collectBody = (body: unknown): Promise<Uint8Array> =>
  // Bytes, the common case (lithe's own handlers), skip the async function's machinery.
  body instanceof Uint8Array ? Promise.resolve(body) : collectAny(body);

const collectAny = async (body: unknown): Promise<Uint8Array> => {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const candidate = body as Partial<SdkStreamLike & ReadableStream<unknown> & Blob & AsyncIterable<unknown>>;
  // Smithy's sdkStreamMixin, on the bodies of the AWS SDK's handlers.
  if (typeof candidate.transformToByteArray === "function") return candidate.transformToByteArray();
  if (typeof candidate.getReader === "function") return collectReader(candidate.getReader());
  if (typeof candidate[Symbol.asyncIterator] === "function") return collectChunks(candidate as AsyncIterable<unknown>);
  if (typeof candidate.arrayBuffer === "function") return new Uint8Array(await candidate.arrayBuffer());
  throw new TypeError(`collectBody: unsupported body type ${Object.prototype.toString.call(body)}`);
};

interface SdkStreamLike {
  transformToByteArray(): Promise<Uint8Array>;
}

const collectReader = async (reader: ReadableStreamDefaultReader<unknown>): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return concat(chunks);
      chunks.push(toBytes(value));
    }
  } finally {
    reader.releaseLock();
  }
};

/** Node Readables (in binary or string mode) and any other async iterable of chunks. */
const collectChunks = async (iterable: AsyncIterable<unknown>): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of iterable) chunks.push(toBytes(chunk));
  return concat(chunks);
};

const toBytes = (chunk: unknown): Uint8Array => {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return new TextEncoder().encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`collectBody: unsupported chunk type ${Object.prototype.toString.call(chunk)}`);
};

const concat = (chunks: Uint8Array[]): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
};
