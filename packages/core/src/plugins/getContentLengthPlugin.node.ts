import { HttpRequest } from "@smithy/protocol-http";
import type { BuildMiddleware, Pluggable } from "@smithy/types";
import { utf8ByteLength } from "../utils/utf8ByteLength.js";
import { contentLengthMiddlewareOptions } from "./contentLengthMiddlewareOptions.js";

export { contentLengthMiddlewareOptions };

/** Sets `content-length` for string and byte bodies, unless a length or chunked encoding is already set. */
export const contentLengthMiddleware: BuildMiddleware<any, any> = (next) => (args) => {
  const request = args.request;
  if (HttpRequest.isInstance(request) && request.body != null) {
    const headers = request.headers;
    if (headers["content-length"] === undefined && headers["transfer-encoding"] === undefined) {
      const body = request.body;
      const length = typeof body === "string" ? utf8ByteLength(body) : body.byteLength;
      if (typeof length === "number") headers["content-length"] = String(length);
    }
  }
  return next(args);
};

export const getContentLengthPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(contentLengthMiddleware, contentLengthMiddlewareOptions),
});
