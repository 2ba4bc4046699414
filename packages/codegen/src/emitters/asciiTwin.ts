// On a string of ASCII characters a regex only ever asks whether ASCII characters belong to its
// classes, so replacing each \p{X} / \P{X} by the ASCII characters it matches gives a regex that
// decides every ASCII string the same way. Compiling a property escape makes V8 build the Unicode
// set through ICU (about a millisecond for the first one in a process); the twin's explicit set does
// not, so the runtime tries the twin on ASCII input and compiles the @pattern only for other input.

/** A leading Java-style inline flag group, as the runtime reads it (validationRules.ts). */
const INLINE_FLAGS = /^(\^?)\(\?([ims]+)\)/;

/** `\p{Name}` or `\p{Name=Value}`: the forms the `u` flag accepts. */
const PROPERTY = /^\\([pP])\{([A-Za-z_]+(?:=[A-Za-z_]+)?)\}/;

/**
 * The twin of a @pattern source: the same source with each property escape replaced by the explicit
 * set of ASCII characters it matches (computed with this Node's regex engine). Undefined when the
 * source has no property escape, or when the rewrite could not be certain: the source does not
 * compile with the `u` flag as the runtime compiles it, it is case-insensitive (where a class also
 * matches the case variants of its non-ASCII members), or the twin does not compile.
 */
export function asciiTwin(source: string): string | undefined {
  let flags = "u";
  const body = source.replace(INLINE_FLAGS, (_, anchor: string, inline: string) => ((flags += inline), anchor));
  if (flags.includes("i") || !compiles(body, flags)) return undefined;
  let twin = "";
  let inClass = false;
  let changed = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === "\\") {
      const property = PROPERTY.exec(source.slice(i));
      if (!property) {
        // Any other escape is kept; the character after the backslash never opens or closes a class.
        twin += source.slice(i, i + 2);
        i += 2;
        continue;
      }
      // Adjacent escapes inside a class form one set, written as ranges.
      const codes = new Set<number>();
      let next = i;
      for (let m: RegExpExecArray | null = property; m; m = inClass ? PROPERTY.exec(source.slice(next)) : null) {
        const set = asciiSet(m[2]!, m[1] === "P");
        if (!set) return undefined;
        for (const code of set) codes.add(code);
        next += m[0].length;
      }
      const ranges = classRanges([...codes].sort((a, b) => a - b));
      twin += inClass ? ranges : `[${ranges}]`;
      changed = true;
      i = next;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    twin += c;
    i++;
  }
  if (!changed) return undefined;
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

/** The ASCII code points `\p{name}` matches (or, negated, does not match); undefined if it doesn't compile. */
function asciiSet(name: string, negated: boolean): number[] | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(`^\\p{${name}}$`, "u");
  } catch {
    return undefined;
  }
  const codes: number[] = [];
  for (let code = 0; code < 128; code++) if (regex.test(String.fromCharCode(code)) !== negated) codes.push(code);
  return codes;
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
