import type { QueryParameterBag } from "@smithy/types";

/**
 * `path` plus its `?query`, encoded as RFC 3986 wants (encodeURIComponent also leaves `!'()*`
 * bare, which SigV4 canonicalization escapes, so the wire must match:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
 */
export const buildPathWithQuery = (path: string, query: QueryParameterBag | undefined): string => {
  let out = "";
  for (const key in query as QueryParameterBag) {
    const value = query![key];
    const name = escapeUri(key);
    if (value == null) out += `&${name}`;
    else for (const item of typeof value === "string" ? [value] : value) out += `&${name}=${escapeUri(item)}`;
  }
  return out ? `${path}?${out.slice(1)}` : path;
};

const escapeUri = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
