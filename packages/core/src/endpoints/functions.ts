/**
 * The rules-engine standard library beyond the evaluator's built-ins.
 * https://smithy.io/2.0/additional-specs/rules-engine/standard-library.html
 * A function that has no answer returns undefined (the spec's empty optional).
 */

// RFC 1123 label: 1-63 letters, digits, dashes, not starting or ending with a dash.
// (No lookbehind: older Safari rejects the whole bundle at parse time.)
const HOST_LABEL = /^[a-zA-Z\d]([a-zA-Z\d-]{0,61}[a-zA-Z\d])?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const NON_ASCII = /[^\0-\x7f]/;
// encodeURIComponent leaves these alone; RFC 3986 reserves them.
const SUB_DELIMS = /[!'()*]/g;

export const isValidHostLabel = (value: string, allowSubDomains?: boolean): boolean =>
  (allowSubDomains ? value.split(".") : [value]).every((label) => HOST_LABEL.test(label));

export interface ParsedUrl {
  scheme: string;
  authority: string;
  path: string;
  normalizedPath: string;
  isIp: boolean;
}

/** http(s) URLs without a query; an explicitly written default port is kept in `authority`. */
export const parseURL = (value: string): ParsedUrl | undefined => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const scheme = url.protocol.slice(0, -1);
  if ((scheme !== "http" && scheme !== "https") || value.includes("?")) return undefined;
  const { host, hostname, pathname: path } = url;
  const defaultPort = scheme === "http" ? ":80" : ":443";
  return {
    scheme,
    authority: value.includes(host + defaultPort) ? host + defaultPort : host,
    path,
    normalizedPath: path.endsWith("/") ? path : path + "/",
    isIp: IPV4.test(hostname) || hostname[0] === "[",
  };
};

/** [start, stop) of `input`, counted from the end when `reverse`; undefined if out of range or not ASCII. */
export const substring = (input: string, start: number, stop: number, reverse?: boolean): string | undefined =>
  start >= stop || input.length < stop || NON_ASCII.test(input)
    ? undefined
    : reverse
      ? input.slice(input.length - stop, input.length - start)
      : input.slice(start, stop);

/** Percent-encodes everything but RFC 3986 unreserved characters, with upper-case hex. */
export const uriEncode = (value: string): string =>
  encodeURIComponent(value).replace(SUB_DELIMS, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

/** The first argument that is set (even `false`). Since rules engine 1.1. */
export const coalesce = (...values: unknown[]): unknown => values.find((value) => value != null);

/** If-then-else. Since rules engine 1.1. */
export const ite = (condition: unknown, then: unknown, otherwise: unknown): unknown => (condition ? then : otherwise);

/** Splits on `delimiter`; a `limit` above 0 caps the parts, the last one keeping the rest. Since rules engine 1.1. */
export const split = (value: string, delimiter: string, limit: number): string[] => {
  const parts = value.split(delimiter);
  return limit > 0 && parts.length > limit
    ? [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(delimiter)]
    : parts;
};
