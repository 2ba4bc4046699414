import type { BuildMiddleware, Pluggable } from "@smithy/types";
import { contentLengthMiddlewareOptions } from "./contentLengthMiddlewareOptions.js";

export { contentLengthMiddlewareOptions };

/**
 * A pass-through in browsers: `fetch` computes Content-Length itself and ignores one set by script
 * (a forbidden header name). It keeps its place in the stack so that middleware positioned relative
 * to "contentLengthMiddleware" still finds it.
 */
export const contentLengthMiddleware: BuildMiddleware<any, any> = (next) => next;

export const getContentLengthPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(contentLengthMiddleware, contentLengthMiddlewareOptions),
});
