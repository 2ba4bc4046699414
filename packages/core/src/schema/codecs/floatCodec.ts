import type { Codec } from "../types.js";

/** float and double: JSON numbers, except NaN and ±Infinity, which awsJson sends as strings. */
export const floatCodec: Codec = {
  kind: "float",
  expected: "a number",
  // String() spells the non-finite ones "NaN", "Infinity", "-Infinity".
  write: (value: unknown): string | undefined =>
    typeof value === "number" ? (Number.isFinite(value) ? String(value) : `"${value}"`) : undefined,
  read: (value: unknown): unknown =>
    value === "NaN" ? NaN : value === "Infinity" ? Infinity : value === "-Infinity" ? -Infinity : value,
  check: (value: unknown): number | undefined => (typeof value === "number" ? value : undefined),
};
