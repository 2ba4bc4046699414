import type { QueryParameterBag } from "@smithy/types";

/**
 * `path` plus its `?query`, encoded as RFC 3986 wants (encodeURIComponent also leaves `!'()*`
 * bare, which SigV4 canonicalization escapes, so the wire must match:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
 */
export const buildPathWithQuery = (path: string, query: QueryParameterBag | undefined): string => {
  let out = "";
  if (query !== undefined) {
    for (const key in query) {
      const value = query[key];
      const name = escapeUri(key);
      if (value === null || value === undefined) {
        out += `&${name}`;
      } else if (typeof value === "string") {
        out += `&${name}=${escapeUri(value)}`;
      } else {
        for (const item of value) out += `&${name}=${escapeUri(item)}`;
      }
    }
  }
  return out === "" ? path : `${path}?${out.slice(1)}`;
};

const escapeUri = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, hexEncode);

const hexEncode = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
