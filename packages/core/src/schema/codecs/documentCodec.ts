import type { Codec } from "../types.js";

/** document: any JSON value, written with JSON.stringify and read as JSON.parse left it. */
export const documentCodec: Codec = {
  kind: "document",
  expected: "a JSON value",
  // undefined for what JSON cannot hold (a function, a symbol).
  write: (value: unknown): string | undefined => JSON.stringify(value),
  check: (): number => 0,
};
