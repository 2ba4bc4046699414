/**
 * Where two values differ as data, as `path: lithe …, official …` lines: objects by their defined
 * keys (an undefined member is an absent one), arrays by position, Dates by instant, byte arrays by
 * content. Empty when they are equal; short enough to name the member in a failing test's message.
 */
export const dataDifferences = (lithe: unknown, official: unknown, path = ""): string[] => {
  if (Object.is(lithe, official)) return [];
  if (lithe instanceof Date && official instanceof Date) return lithe.getTime() === official.getTime() ? [] : [line(path, lithe, official)];
  if (lithe instanceof Uint8Array && official instanceof Uint8Array) {
    return Buffer.from(lithe).equals(Buffer.from(official)) ? [] : [line(path, lithe, official)];
  }
  if (Array.isArray(lithe) && Array.isArray(official)) {
    if (lithe.length !== official.length) return [line(path, lithe, official)];
    return lithe.flatMap((item, i) => dataDifferences(item, official[i], `${path}[${i}]`));
  }
  if (isRecord(lithe) && isRecord(official)) {
    const keys = [...new Set([...Object.keys(lithe), ...Object.keys(official)])];
    return keys.flatMap((key) => dataDifferences(lithe[key], official[key], path ? `${path}.${key}` : key));
  }
  return [line(path, lithe, official)];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Object.prototype.toString.call(value) === "[object Object]";

const shown = (value: unknown): string => {
  if (value === undefined) return "(absent)";
  if (value instanceof Uint8Array) return `bytes ${Buffer.from(value).toString("hex")}`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

const line = (path: string, lithe: unknown, official: unknown) => `${path || "(whole)"}: lithe ${shown(lithe)}, official ${shown(official)}`;
