import type { Codec } from "../types.js";

// JSON's integer grammar (RFC 8259 §6): no leading zeros, no "+". Linear: no nested quantifiers.
const JSON_INTEGER = /^-?(?:0|[1-9]\d*)$/;
const DIGITS = /^-?\d+$/;

/** bigInteger: a bigint in JavaScript, a JSON number of any length on the wire. */
export const bigIntegerCodec: Codec = {
  kind: "bigInteger",
  expected: "a bigint, an integer or a string of digits",
  write(value: unknown): string | undefined {
    if (typeof value === "bigint") return value.toString();
    // BigInt() spells large integers out in full where String() would switch to "1e+21".
    if (Number.isInteger(value)) return BigInt(value as number).toString();
    if (typeof value === "string" && JSON_INTEGER.test(value)) return value;
    return undefined;
  },
  // JSON.parse has already turned the digits into a double, so integers beyond 2^53 arrive
  // rounded; BigInt() keeps what is left exactly. Exact digits would need a custom JSON parser.
  read: (value: unknown): unknown =>
    typeof value === "number"
      ? Number.isInteger(value) ? BigInt(value) : undefined
      : typeof value === "string"
        ? DIGITS.test(value) ? BigInt(value) : undefined
        : value,
  check: (value: unknown): number | bigint | undefined =>
    typeof value === "bigint" || Number.isInteger(value)
      ? (value as number | bigint)
      : typeof value === "string" && JSON_INTEGER.test(value)
        ? BigInt(value)
        : undefined,
};
