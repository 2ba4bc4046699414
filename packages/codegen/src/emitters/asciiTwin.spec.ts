import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePattern } from "../../../core/src/schema/validationRules.js";
import { prng } from "../../../core/test/support/seededRandom.js";
import { asciiTwin } from "./asciiTwin.js";

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** The strings on which `a` and `b` (compiled as the runtime compiles @pattern) disagree. */
const disagreements = (a: string, b: string, inputs: Iterable<string>): string[] => {
  const [x, y] = [compilePattern(a)!, compilePattern(b)!];
  const out: string[] = [];
  for (const s of inputs) if (x.test(s) !== y.test(s)) out.push(s);
  return out;
};

/** Every single ASCII character and every pair of them. */
function* shortStrings(): Generator<string> {
  yield "";
  for (const a of ASCII) {
    yield a;
    for (const b of ASCII) yield a + b;
  }
}

/**
 * Seeded random ASCII strings, biased toward what patterns care about: the pattern's own
 * characters, space, control characters, `_`, `@`, the braces and hashes of `{####}`.
 */
function* randomStrings(source: string, count: number, seed: number): Generator<string> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const own = [...new Set(source)].filter((c) => c.charCodeAt(0) < 128);
  const pieces = [" ", "  ", "\t", "\n", "\r", "\0", "\x7f", "_", "@", "{", "}", "#", "{####}", "{##", "##}", "*", "a", "Z", "9", "-", "\\"];
  for (let i = 0; i < count; i++) {
    let s = "";
    const length = Math.floor(random() * 12);
    for (let j = 0; j < length; j++) {
      const r = random();
      s += r < 0.35 ? pick(ASCII) : r < 0.6 ? pick(own) : pick(pieces);
    }
    yield s;
  }
}

describe("asciiTwin", () => {
  it("replaces a class holding a property escape by the class of its ASCII members, as ranges", () => {
    expect(asciiTwin("^[\\p{L}]+$")).toBe("^[A-Za-z]+$");
    expect(asciiTwin("^[\\p{Nd}_]+$")).toBe("^[0-9_]+$");
    // The whole class becomes one set: letters, marks, symbols, numbers and punctuation are all of printable ASCII but space.
    expect(asciiTwin("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$")).toBe("^[!-~]+$");
    expect(asciiTwin("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}$")).toBe("^[\\x09-\\x0d -~]*\\{####\\}$");
  });

  it("wraps an escape outside a class in brackets", () => {
    expect(asciiTwin("^\\p{Lu}x\\p{Nd}+$")).toBe("^[A-Z]x[0-9]+$");
    expect(asciiTwin("(\\p{Lu}|_)")).toBe("([A-Z]|_)");
  });

  it("writes a negated class as the ASCII characters it matches, so that the twin's class is a subset of the pattern's", () => {
    expect(asciiTwin("^[^_\\p{Z}]+$")).toBe("^[\\x00-\\x1f!-\\^`-\\x7f]+$");
    expect(asciiTwin("^[^\\p{L}]$")).toBe("^[\\x00-@\\[-`{-\\x7f]$");
  });

  it("writes \\P{X} as the ASCII characters not in X, escaping what a class needs escaped", () => {
    const twin = asciiTwin("^\\P{L}$")!;
    expect(twin).toBe("^[\\x00-@\\[-`{-\\x7f]$");
    expect(disagreements("^\\P{L}$", twin, ASCII)).toEqual([]);
    expect(asciiTwin("^[a\\P{Any}]$")).toBe("^[a]$");
    expect(asciiTwin("^[\\P{L}\\p{Lu}]+$")).toBe("^[\\x00-`{-\\x7f]+$");
  });

  it("escapes class syntax characters ([ ] \\ ^ -) and control characters", () => {
    expect(asciiTwin("^[\\p{Pd}]$")).toBe("^[\\-]$");
    expect(asciiTwin("^\\p{Sk}$")).toBe("^[\\^`]$");
    expect(asciiTwin("^[\\p{Ps}\\p{Pe}]$")).toBe("^[()\\[\\]{}]$");
    expect(asciiTwin("^[\\p{Po}]$")).toContain("@\\\\]");
    expect(asciiTwin("^[\\p{P}\\p{Cc}]+$")).toBe("^[\\x00-\\x1f!-#%-*,-/:;?@\\[-\\]_{}\\x7f]+$");
    for (const source of ["^[\\p{Pd}]$", "^\\p{Sk}$", "^[\\p{Ps}\\p{Pe}]$", "^[\\p{Po}]$", "^[\\p{P}\\p{Cc}]+$", "^[^\\p{S}]$", "^[a\\p{Pd}z]+$"]) {
      expect(disagreements(source, asciiTwin(source)!, shortStrings()), source).toEqual([]);
    }
  });

  it("writes an escape with no ASCII member as an empty set", () => {
    expect(asciiTwin("^[\\p{Script=Greek}]$")).toBe("^[]$");
    expect(asciiTwin("^[^\\p{Script=Greek}]$")).toBe("^[\\x00-\\x7f]$");
    expect(asciiTwin("^a\\p{Script=Greek}?$")).toBe("^a[]?$");
    expect(disagreements("^[^\\p{Script=Greek}]$", "^[\\x00-\\x7f]$", ASCII)).toEqual([]);
  });

  it("accepts Name=Value escapes and keeps a leading inline flag group", () => {
    expect(asciiTwin("^\\p{General_Category=Decimal_Number}$")).toBe("^[0-9]$");
    expect(asciiTwin("^(?s)\\p{Lu}.*$")).toBe("^(?s)[A-Z].*$");
  });

  it("leaves other escapes alone, including an escaped backslash before p{", () => {
    expect(asciiTwin("^\\\\p{L}$")).toBeUndefined();
    expect(asciiTwin("^\\[\\p{Lu}\\]$")).toBe("^\\[[A-Z]\\]$");
    expect(asciiTwin("^\\u{41}\\x42[\\u0043\\p{Nd}]$")).toBe("^\\u{41}\\x42[0-9C]$");
    expect(asciiTwin("^(?=\\p{Lu})\\(\\w+\\)$")).toBe("^(?=[A-Z])\\(\\w+\\)$");
  });

  it("never lets the twin match what the pattern rejects, for negated classes and \\P too", () => {
    for (const source of ["^[^_\\p{Z}]+$", "^\\P{L}+$", "^[^\\p{L}]\\p{Lu}$", "[\\P{Nd}x]", "^[\\p{L}\\s]+$", "^(?=\\p{Lu}).$"]) {
      const twin = asciiTwin(source)!;
      expect(beyond(source, twin, mixedStrings(source, 2000, 3)), source).toEqual([]);
      expect(disagreements(source, twin, shortStrings()), source).toEqual([]);
    }
  });

  it("gives no twin when there is nothing to rewrite or the rewrite is not certain", () => {
    expect(asciiTwin("^[\\w+]+$")).toBeUndefined();
    // Case-insensitive: a class also matches the case variants of its non-ASCII members (K matches the Kelvin sign's fold).
    expect(asciiTwin("(?i)^\\p{Lu}$")).toBeUndefined();
    expect(asciiTwin("(?m)^\\p{Lu}$")).toBeUndefined();
    // In a negative lookaround a smaller class would let the twin match more than the pattern.
    expect(asciiTwin("^(?!\\p{Lu})\\w+$")).toBeUndefined();
    expect(asciiTwin("^\\w+(?<![\\p{Lu}])$")).toBeUndefined();
    expect(asciiTwin("^(?:(?!x)|\\p{Lu})$")).toBe("^(?:(?!x)|[A-Z])$");
    expect(asciiTwin("^\\p{NotAProperty}$")).toBeUndefined();
    expect(asciiTwin("^[\\p{L}$")).toBeUndefined();
    // Not valid with the u flag, so the runtime compiles it without, where \p is a plain "p".
    expect(asciiTwin("^\\-\\p{L}$")).toBeUndefined();
  });
});

/** Seeded random strings with non-ASCII characters among ASCII ones: letters, marks, spaces, symbols, astral ones. */
function* mixedStrings(source: string, count: number, seed: number): Generator<string> {
  const random = prng(seed);
  const others = ["é", "É", "名", "\u0301", "\u00a0", "\u2028", "\u3000", "\u200b", "€", "😀", "\ud800", "ſ", "\u212a", "\u0085"];
  const ascii = [...randomStrings(source, count, seed + 1)];
  for (const s of ascii) {
    let out = "";
    for (const c of s) out += random() < 0.3 ? others[Math.floor(random() * others.length)] : c;
    yield random() < 0.2 ? out + others[Math.floor(random() * others.length)] : out;
  }
}

/** The strings the twin matches and the pattern does not. */
const beyond = (source: string, twin: string, inputs: Iterable<string>): string[] => {
  const [full, ascii] = [compilePattern(source)!, compilePattern(twin)!];
  return [...inputs].filter((s) => ascii.test(s) && !full.test(s));
};

describe("the ASCII twins of the Cognito model's @pattern traits", () => {
  const model = readFileSync(new URL("../../../../codegen-model/cognito-identity-provider.json", import.meta.url), "utf8");
  const patterns = new Set<string>();
  JSON.parse(model, (key, value) => {
    if (key === "smithy.api#pattern") patterns.add(value);
    return value;
  });
  const twinned = [...patterns].filter((p) => asciiTwin(p) !== undefined);

  it("exist for every pattern with a property escape (10 of them), and no other", () => {
    expect(twinned).toEqual([...patterns].filter((p) => /\\[pP]\{/.test(p)));
    expect(twinned).toHaveLength(10);
  });

  it.each(twinned)("%s: the twin decides every ASCII string as the pattern does", (source) => {
    const twin = asciiTwin(source)!;
    expect(disagreements(source, twin, shortStrings())).toEqual([]);
    expect(disagreements(source, twin, randomStrings(source, 4000, source.length))).toEqual([]);
    // A twin that rejects everything would agree on most random strings; make sure both answers occur.
    const results = new Set([...randomStrings(source, 4000, 7)].map((s) => compilePattern(twin)!.test(s)));
    expect(results).toEqual(new Set([true, false]));
  });

  it.each(twinned)("%s: the twin matches no string, ASCII or not, that the pattern rejects", (source) => {
    const twin = asciiTwin(source)!;
    const strings = [...mixedStrings(source, 4000, 11)];
    expect(beyond(source, twin, strings)).toEqual([]);
    // The strings do exercise both answers of the pattern.
    expect(new Set(strings.map((s) => compilePattern(source)!.test(s)))).toEqual(new Set([true, false]));
  });
});
