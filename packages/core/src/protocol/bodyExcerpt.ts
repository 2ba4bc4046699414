/**
 * A short, single-line excerpt of a body that could not be parsed, for error messages.
 * Bodies that look like JSON are withheld: a truncated success body may hold tokens.
 */
export const bodyExcerpt = (text: string, max = 120): string => {
  const trimmed = text.trim();
  if (trimmed.length === 0) return "(empty body)";
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return `(${text.length} characters of JSON-like text withheld)`;
  const line = trimmed.replace(/\s+/g, " ");
  return JSON.stringify(line.length > max ? `${line.slice(0, max)}…` : line);
};
