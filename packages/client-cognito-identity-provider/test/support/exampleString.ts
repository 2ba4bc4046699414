import type { SeededRandom } from "./seededRandom.js";

export interface StringConstraints {
  min?: number;
  max?: number;
  /** A Smithy @pattern source (ECMA-262, unanchored; a leading Java "(?s)" means the `s` flag). */
  pattern?: string;
}

/**
 * Smithy patterns are matched with the `u` flag so that `\p{L}` works; lengths count code points.
 * As lithe's validator does, a source that only compiles without `u` is matched without it.
 */
const compile = (source: string): RegExp => {
  let flags = "";
  const body = source.replace(/^(\^?)\(\?([ims]+)\)/, (_, anchor: string, inline: string) => ((flags = inline), anchor));
  try {
    return new RegExp(body, `u${flags}`);
  } catch {
    return new RegExp(body, flags);
  }
};

const codePoints = (text: string) => [...text].length;

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

/**
 * The shapes of string Cognito's patterns ask for (names, ids, pool ids, ARNs, UUIDs, message
 * templates with their `{####}` placeholders, URLs, e-mail addresses). The first that fits the
 * pattern and length wins; a constraint none fits throws, so a new kind of pattern is noticed.
 */
const candidates = (random: SeededRandom, pattern: string | undefined): string[] => {
  const word = random.chars("abcdefghijklmnopqrstuvwxyz", 1) + random.chars(ALNUM, 7);
  const hex = random.chars(HEX, 8);
  const digits = String(random.int(100000, 999999));
  const uuid = `${random.chars(HEX, 8)}-${random.chars(HEX, 4)}-4${random.chars(HEX, 3)}-${random.pick(["8", "9", "a", "b"])}${random.chars(HEX, 3)}-${random.chars(HEX, 12)}`;
  const literal = pattern === undefined ? undefined : literalOf(pattern, random);
  return [
    ...(literal === undefined ? [] : [literal]),
    word,
    `${word}-${digits}`,
    digits,
    hex,
    `eu-west-1_${hex}`,
    uuid,
    `${word}@example.com`,
    `arn:aws:iam::123456789012:role/${word}`,
    `arn:aws:s3:::${word}`,
    `Your code is {####} (${word})`,
    `Verify at {##this link##} (${word})`,
    `https://example.com/${word}`,
    `import-${word}`,
    `${word} ${digits}`,
  ];
};

/**
 * For patterns that list the allowed values (`^(terms-of-use|privacy-policy)$`,
 * `^cognito:(default|chinese-(simplified|traditional))$`): one of them, groups resolved innermost
 * first. Undefined when what is left is still a regex rather than a literal.
 */
const literalOf = (pattern: string, random: SeededRandom): string | undefined => {
  let text = pattern.replace(/^\^/, "").replace(/\$$/, "");
  for (let group = /\((?:\?:)?([^()\\]*)\)/; group.test(text); ) {
    text = text.replace(group, (_, alternatives: string) => random.pick(alternatives.split("|")));
  }
  return /[\\[\]{}()*+?.|^$]/.test(text) ? undefined : text;
};

/** Pads with characters every Cognito pattern that ends in a name accepts, or cuts, to fit the length. */
const fitLength = (text: string, min: number, max: number, random: SeededRandom): string => {
  let fitted = text;
  if (codePoints(fitted) < min) fitted += random.chars(ALNUM, min - codePoints(fitted));
  if (codePoints(fitted) > max) fitted = [...fitted].slice(0, max).join("");
  return fitted;
};

export const exampleString = (random: SeededRandom, constraints: StringConstraints, where: string): string => {
  const min = constraints.min ?? 1;
  const max = constraints.max ?? Math.max(min, 64);
  const regex = constraints.pattern === undefined ? undefined : compile(constraints.pattern);
  for (const candidate of candidates(random, constraints.pattern)) {
    const fitted = fitLength(candidate, min, max, random);
    const length = codePoints(fitted);
    if (length >= min && length <= max && (!regex || regex.test(fitted))) return fitted;
  }
  throw new Error(`${where}: no example string fits length ${min}..${max} and pattern ${constraints.pattern}`);
};
