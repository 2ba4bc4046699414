/**
 * The browser twin of collectBody.ts. A browser has no Node streams, and `Response` reads every
 * other body a request handler may return (string, ArrayBuffer or view, Blob, ReadableStream), and
 * null or undefined as no bytes.
 */
export const collectBody = async (body: unknown): Promise<Uint8Array> => {
  if (body instanceof Uint8Array) return body;
  // Smithy's sdkStreamMixin, on the bodies of the AWS SDK's handlers.
  const transform = (body as { transformToByteArray?: () => Promise<Uint8Array> } | null | undefined)?.transformToByteArray;
  if (typeof transform === "function") return transform.call(body);
  // Response would read a number or a boolean as its text.
  if (typeof body !== "string" && typeof body !== "object" && body !== undefined) {
    throw new TypeError(`collectBody: unsupported body type ${typeof body}`);
  }
  return new Uint8Array(await new Response(body as BodyInit | null | undefined).arrayBuffer());
};
