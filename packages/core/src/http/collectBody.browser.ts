/**
 * The browser twin of collectBody.ts. A browser has no Node streams, and `Response` reads every
 * other body a request handler may return (string, ArrayBuffer or view, Blob, ReadableStream).
 */
export const collectBody = async (body: unknown): Promise<Uint8Array> => {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (body instanceof Uint8Array) return body;
  // Smithy's sdkStreamMixin, on the bodies of the AWS SDK's handlers.
  const transform = (body as { transformToByteArray?: () => Promise<Uint8Array> }).transformToByteArray;
  if (typeof transform === "function") return transform.call(body);
  if (typeof body !== "string" && typeof body !== "object") {
    throw new TypeError(`collectBody: unsupported body type ${Object.prototype.toString.call(body)}`);
  }
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
};
