import { T } from "./model/ast.js";
import type { Shape } from "./model/ShapeGraph.js";

/** What an error shape's traits say of it, as the error class, its schema and its TSDoc state it. */
export interface ErrorFacts {
  /** `@error`: whose fault it is. */
  readonly fault: "client" | "server";
  /** `@httpError`'s status, when the model gives one. */
  readonly httpStatus?: number;
  /** `@retryable`: the error is retried, `throttling` with the backoff for throttling. */
  readonly retryable?: { readonly throttling?: boolean };
}

export function errorFacts(shape: Shape): ErrorFacts {
  const httpStatus = shape.traits[T.httpError] as number | undefined;
  const retryable = shape.traits[T.retryable] as { throttling?: boolean } | undefined;
  return {
    fault: shape.traits[T.error] === "server" ? "server" : "client",
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    ...(retryable !== undefined ? { retryable } : {}),
  };
}
