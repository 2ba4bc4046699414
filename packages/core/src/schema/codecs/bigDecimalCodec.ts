import type { Codec } from "../types.js";

// Any JSON number (RFC 8259 §6). Linear: no nested quantifiers, so a huge hostile string can't backtrack.
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** bigDecimal: a decimal string in JavaScript (every digit kept), a raw JSON number on the wire. */
export const bigDecimalCodec: Codec = {
  kind: "bigDecimal",
  expected: "a finite number or a decimal string",
  write: (value: unknown): string | undefined =>
    (typeof value === "string" && JSON_NUMBER.test(value)) ||
    typeof value === "bigint" ||
    (typeof value === "number" && Number.isFinite(value))
      ? String(value)
      : undefined,
  // Same precision limit as bigInteger: a number is already a double when it gets here.
  read: (value: unknown): unknown => (typeof value === "number" ? String(value) : value),
  check: (value: unknown): number | bigint | undefined =>
    typeof value === "bigint" || (typeof value === "number" && Number.isFinite(value))
      ? value
      : typeof value === "string" && JSON_NUMBER.test(value)
        ? Number(value)
        : undefined,
};
