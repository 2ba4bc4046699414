const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_LINE = 110;

const key = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/**
 * Prints JSON data as a TypeScript literal: bare keys where possible, and a value on one line when it
 * fits, else one entry per line. Deterministic: the same value always prints the same text.
 */
export const toLiteral = (value: unknown, indent = ""): string => {
  if (value === null || typeof value !== "object") {
    if (value === undefined) throw new TypeError("toLiteral: undefined is not JSON");
    return JSON.stringify(value);
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => ["", item])
    : Object.entries(value).filter(([, item]) => item !== undefined);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  const label = ([name]: [string, unknown]) => (name === "" ? "" : `${key(name)}: `);

  const flat = entries.map((entry) => label(entry) + toLiteral(entry[1], "")).join(", ");
  const oneLine = Array.isArray(value) ? `[${flat}]` : `{ ${flat} }`;
  if (!oneLine.includes("\n") && indent.length + oneLine.length <= MAX_LINE) return oneLine;

  const inner = indent + "  ";
  const lines = entries.map((entry) => `${inner}${label(entry)}${toLiteral(entry[1], inner)},`);
  return `${open}\n${lines.join("\n")}\n${indent}${close}`;
};
