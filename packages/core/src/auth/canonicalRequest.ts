import type { HeaderBag, HttpRequest, QueryParameterBag } from "@smithy/types";
import { fromUtf8 } from "../utils/utf8.js";
import { sha256, toHex } from "./digests.js";

/**
 * The SigV4 canonical request, built exactly as @smithy/signature-v4 builds it (the AWS SDK's
 * signer), so a request lithe signs is the request the AWS SDK would have signed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 */

/** Headers a proxy or the runtime may change in flight, so the SDK never signs them. */
const UNSIGNABLE_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "cache-control",
  "connection",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id",
]);
const UNSIGNABLE_PREFIX = /^(?:proxy-|sec-)/;

export const X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** RFC 3986 percent-encoding: encodeURIComponent plus the five characters it leaves alone. */
export const escapeUri = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Non-S3 services sign the path normalised (empty, "." and ".." segments resolved) and encoded a
 * second time: the path on the request is already encoded once.
 */
export const canonicalPath = (path: string): string => {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const normalized =
    (path.startsWith("/") ? "/" : "") + segments.join("/") + (segments.length > 0 && path.endsWith("/") ? "/" : "");
  return escapeUri(normalized).replace(/%2F/g, "/");
};

/** Keys and values encoded, sorted by encoded key; a repeated key's `key=value` pairs sorted too. */
export const canonicalQuery = (query: QueryParameterBag = {}): string => {
  const pairs: Record<string, string> = Object.create(null);
  const keys: string[] = [];
  for (const key of Object.keys(query)) {
    if (key.toLowerCase() === "x-amz-signature") continue;
    const encodedKey = escapeUri(key);
    const value = query[key];
    if (typeof value === "string") {
      keys.push(encodedKey);
      pairs[encodedKey] = `${encodedKey}=${escapeUri(value)}`;
    } else if (Array.isArray(value)) {
      const joined = value.map((item) => `${encodedKey}=${escapeUri(item)}`).sort().join("&");
      // An empty list contributes nothing, not even the key.
      if (joined) {
        keys.push(encodedKey);
        pairs[encodedKey] = joined;
      }
    }
  }
  return keys
    .sort()
    .map((key) => pairs[key])
    .join("&");
};

/**
 * Lower-case name → value with whitespace folded. When two headers differ only in case, the one
 * whose original name sorts last wins, as in the SDK's signer.
 */
export const canonicalHeaders = (headers: HeaderBag): Record<string, string> => {
  const canonical: Record<string, string> = Object.create(null);
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name];
    if (value == undefined) continue;
    const lower = name.toLowerCase();
    if (UNSIGNABLE_HEADERS.has(lower) || UNSIGNABLE_PREFIX.test(lower)) continue;
    canonical[lower] = String(value)
      .replace(/[\r\n]/g, " ")
      .replace(/[ \t]+/g, " ")
      .replace(/^ | $/g, "");
  }
  return canonical;
};

/** The first header named X-Amz-Content-Sha256 (any case), if any. */
const findContentSha256 = (headers: HeaderBag): string | undefined => {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === X_AMZ_CONTENT_SHA256) return headers[name];
  return undefined;
};

const isArrayBuffer = (value: unknown): value is ArrayBuffer =>
  (typeof ArrayBuffer === "function" && value instanceof ArrayBuffer) ||
  Object.prototype.toString.call(value) === "[object ArrayBuffer]";

/** Hex SHA-256 of the body; a caller-supplied X-Amz-Content-Sha256 wins; streams are UNSIGNED-PAYLOAD. */
export const payloadHash = ({ headers, body }: Pick<HttpRequest, "headers" | "body">): string => {
  const given = findContentSha256(headers);
  if (given !== undefined) return given;
  if (body == undefined) return EMPTY_SHA256;
  if (typeof body === "string") return toHex(sha256(fromUtf8(body)));
  if (ArrayBuffer.isView(body)) return toHex(sha256(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)));
  if (isArrayBuffer(body)) return toHex(sha256(new Uint8Array(body)));
  return UNSIGNED_PAYLOAD;
};

export const canonicalRequest = (
  request: Pick<HttpRequest, "method" | "path" | "query">,
  headers: Record<string, string>,
  hashedPayload: string,
): string => {
  const names = Object.keys(headers).sort();
  return (
    `${request.method}\n${canonicalPath(request.path)}\n${canonicalQuery(request.query)}\n` +
    `${names.map((name) => `${name}:${headers[name]}`).join("\n")}\n\n${names.join(";")}\n${hashedPayload}`
  );
};
