// Message wording and pattern compilation shared by the validator. Messages describe lengths and
// types only, never the value itself.

const patterns = /* @__PURE__ */ new Map<string, RegExp | null>();

/** A leading Java-style inline flag group such as Cognito's "^(?s)", which JavaScript has no syntax for (codegen's asciiTwin.ts reads it the same way). */
const INLINE_FLAGS = /^(\^?)\(\?([ims]+)\)/;

/**
 * Compiles a @pattern once per distinct source. Smithy patterns are ECMA-262 and matched unanchored
 * (https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait); the `u` flag makes `\p{L}` work
 * and counts code points. A leading "(?s)" becomes the `s` flag. A source that only compiles
 * without `u` falls back to that; one that doesn't compile at all yields null and is not checked.
 */
export const compilePattern = (source: string): RegExp | null => {
  let regex = patterns.get(source);
  if (regex === undefined) {
    let flags = "";
    const body = source.replace(INLINE_FLAGS, (_, anchor: string, inline: string) => ((flags = inline), anchor));
    regex = null;
    for (const tried of [`u${flags}`, flags]) {
      try {
        regex = new RegExp(body, tried);
        break;
      } catch {}
    }
    patterns.set(source, regex);
  }
  return regex;
};

/** Matches a string of ASCII characters only: then a @pattern's ASCII twin decides as the pattern would. */
export const ASCII = /^[\0-\x7f]*$/;

/**
 * "length must be between 1 and 32 code points (got 40)", "must be at least 1", …: the bounds of a
 * @length (with its unit, and the length it got unless that is left out for a sensitive value) or of
 * a @range (no unit; the value itself is never shown: a number may be as sensitive as a string).
 */
export const boundsMessage = (min: number | null, max: number | null, unit?: string, got?: number): string => {
  const n = (count: number, plural = count !== 1): string | number =>
    unit ? `${count} ${!plural ? unit : unit === "entry" ? "entries" : `${unit}s`}` : count;
  return `${unit ? "length " : ""}must be ${
    min === null
      ? `at most ${n(max!)}`
      : max === null
        ? `at least ${n(min)}`
        : min === max && unit
          ? `exactly ${n(min)}`
          : `between ${min} and ${n(max, true)}`
  }${got === undefined ? "" : ` (got ${got})`}`;
};

/** A value's type for "got …", without any of its content. */
export const typeName = (value: unknown): string => {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "Date";
  if (value instanceof Uint8Array) return "Uint8Array";
  return "object";
};

/** The length @length means for strings: code points, so a surrogate pair counts once (as the string iterator does). */
export const codePoints = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};
