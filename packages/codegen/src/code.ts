/** Small helpers for writing TypeScript source text. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name: bare when it is an identifier, quoted otherwise. */
export const prop = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/** A string literal. */
export const str = (value: string): string => JSON.stringify(value);

/** One import statement, wrapped one name per line when it would pass 120 columns. */
export function importLine(names: readonly string[], from: string, typeOnly = false): string {
  if (names.length === 0) return "";
  const head = typeOnly ? "import type" : "import";
  const line = `${head} { ${names.join(", ")} } from ${str(from)};`;
  if (line.length <= 120) return line;
  return `${head} {\n${names.map((n) => `  ${n},\n`).join("")}} from ${str(from)};`;
}

/** Joins blocks with blank lines, dropping empty ones, and ends with one newline. */
export const file = (...blocks: (string | false | undefined)[]): string =>
  blocks.filter((b): b is string => !!b && b.length > 0).join("\n\n") + "\n";
