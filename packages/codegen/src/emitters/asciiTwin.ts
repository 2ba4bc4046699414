// On a string of ASCII characters a regex only ever asks whether ASCII characters belong to its
// classes, so replacing each class that holds a \p{X} / \P{X} by the ASCII characters it matches
// gives a regex that decides every ASCII string the same way. Compiling a property escape makes V8
// build the Unicode set through ICU (about a millisecond for the first one in a process); the twin's
// explicit set does not, so the runtime tries the twin first and compiles the @pattern only when the
// twin fails on a string that is not all ASCII.

/** A leading Java-style inline flag group, as the runtime reads it (validationRules.ts). */
const INLINE_FLAGS = /^(\^?)\(\?([ims]+)\)/;

/** `\p{Name}` or `\p{Name=Value}`: the forms the `u` flag accepts. */
const PROPERTY = /^\\([pP])\{([A-Za-z_]+(?:=[A-Za-z_]+)?)\}/;

/**
 * The twin of a @pattern source: the same source with each class that holds a property escape
 * replaced by the explicit class of the ASCII characters it matches, and each property escape outside
 * a class likewise (computed with this Node's regex engine). Every class of the twin is then a subset
 * of the pattern's, equal on ASCII, so the twin decides every ASCII string as the pattern does and
 * matches no string the pattern rejects: a string it matches needs no other check.
 * Undefined when the source has no property escape, or when that would not be certain: the source
 * does not compile with the `u` flag as the runtime compiles it, it is case-insensitive (a class then
 * also matches the case variants of its non-ASCII members) or multiline, a property escape sits in a
 * negative lookaround (where a smaller class matches more), or the twin does not compile.
 */
export function asciiTwin(source: string): string | undefined {
  let flags = "u";
  const body = source.replace(INLINE_FLAGS, (_, anchor: string, inline: string) => ((flags += inline), anchor));
  if (/[im]/.test(flags) || !compiles(body, flags)) return undefined;
  let twin = "";
  /** Where the open class starts in `source`, or -1. */
  let classStart = -1;
  let classHasProperty = false;
  /** For each open group: whether it is a negative lookaround. */
  const groups: boolean[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    const property = c === "\\" ? PROPERTY.exec(source.slice(i)) : null;
    if (property) {
      if (groups.includes(true)) return undefined;
      i += property[0].length;
      if (classStart >= 0) {
        classHasProperty = true;
        continue;
      }
      const set = asciiMembers(source.slice(i - property[0].length, i));
      if (set === undefined) return undefined;
      twin += `[${set}]`;
      continue;
    }
    // Any other escape is kept whole: the character after the backslash never opens or closes anything.
    const length = c === "\\" ? 2 : 1;
    if (classStart < 0) {
      if (c === "[") {
        // The class is written when it closes, as it is or as its ASCII members.
        classStart = i;
        classHasProperty = false;
      } else {
        if (c === "(") groups.push(/^\(\?<?!/.test(source.slice(i)));
        else if (c === ")") groups.pop();
        twin += source.slice(i, i + length);
      }
    } else if (c === "]") {
      const cls = source.slice(classStart, i + 1);
      if (classHasProperty) {
        const set = asciiMembers(cls);
        if (set === undefined) return undefined;
        twin += `[${set}]`;
      } else twin += cls;
      classStart = -1;
    }
    i += length;
  }
  if (twin === source) return undefined;
  return compiles(twin.replace(INLINE_FLAGS, "$1"), flags) ? twin : undefined;
}

const compiles = (body: string, flags: string): boolean => {
  try {
    new RegExp(body, flags);
    return true;
  } catch {
    return false;
  }
};

/** The ASCII characters a class or escape matches, as class contents; undefined if it doesn't compile. */
function asciiMembers(atom: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(`^${atom}$`, "u");
  } catch {
    return undefined;
  }
  const codes: number[] = [];
  for (let code = 0; code < 128; code++) if (regex.test(String.fromCharCode(code))) codes.push(code);
  return classRanges(codes);
}

/** Sorted code points as class contents: runs of three or more as ranges, everything safe inside `[...]` with the `u` flag. */
function classRanges(codes: readonly number[]): string {
  let out = "";
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    if (j - i >= 2) {
      out += `${classChar(codes[i]!)}-${classChar(codes[j]!)}`;
    } else {
      for (let k = i; k <= j; k++) out += classChar(codes[k]!);
    }
    i = j + 1;
  }
  return out;
}

/** One character inside a class: printable ones as themselves (escaped where they are syntax), others as \xHH. */
function classChar(code: number): string {
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, "0")}`;
  const c = String.fromCharCode(code);
  // With `u`, a backslash may only escape syntax characters, `/` and (in a class) `-`.
  return /[\\\]\[^\-]/.test(c) ? `\\${c}` : c;
}
