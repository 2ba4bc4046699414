import type { HeaderBag } from "@smithy/types";

/**
 * The headers fetch may be given: Node's fetch rejects some forbidden request headers (a wrong
 * content-length, `connection: upgrade`) instead of dropping them as browsers do, so they are
 * dropped here. https://fetch.spec.whatwg.org/#forbidden-request-header
 */
export const allowedHeaders = (headers: HeaderBag): HeaderBag => {
  const out: HeaderBag = {};
  for (const name in headers) {
    if (!FORBIDDEN_HEADER.test(name)) out[name] = headers[name]!;
  }
  return out;
};

const FORBIDDEN_HEADER =
  /^(?:accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie2?|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;
