/**
 * The error code of an awsJson1_1 error response, resolved as the AWS SDKs do: the
 * `x-amzn-errortype` header, then the body's `code`, then `__type`; then keep what is before
 * `:` and `,` and after `#`. https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
 */
export const resolveErrorCode = (headers: Record<string, string>, body: unknown): string | undefined => {
  const header = headers["x-amzn-errortype"];
  if (header) return sanitizeErrorCode(header);
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    const candidate = typeof record.code === "string" ? record.code : typeof record.__type === "string" ? record.__type : undefined;
    if (candidate) return sanitizeErrorCode(candidate);
  }
  return undefined;
};

export const sanitizeErrorCode = (raw: string): string => {
  let code = raw;
  const colon = code.indexOf(":");
  if (colon >= 0) code = code.slice(0, colon);
  const comma = code.indexOf(",");
  if (comma >= 0) code = code.slice(0, comma);
  const hash = code.lastIndexOf("#");
  if (hash >= 0) code = code.slice(hash + 1);
  return code.trim();
};
