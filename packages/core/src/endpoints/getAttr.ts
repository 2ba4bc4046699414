// Splits "a.b[2]" and "[-1]" into keys; empty pieces (around brackets) are skipped.
const PATH_SEPARATORS = /[.[\]]+/;

/**
 * `getAttr`: the value at `path` ("name", "resourceId[2]", "a.b[-1]") or undefined when any step is
 * missing. A negative index counts from the end (rules engine 1.3).
 * https://smithy.io/2.0/additional-specs/rules-engine/standard-library.html#getattr-function
 */
export const getAttr = (value: unknown, path: string): unknown => {
  let current: any = value;
  for (const key of path.split(PATH_SEPARATORS)) {
    if (key && current != null) current = Array.isArray(current) && +key < 0 ? current[current.length + +key] : current[key];
  }
  return current;
};
