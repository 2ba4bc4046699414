import { MAX_DEPTH, type Plan, planOf, readMember, type Slot, targetPlan } from "./plan.js";
import type { StructureSchema } from "./types.js";
import type { ValidationViolation } from "./ValidationError.js";
import { ASCII, boundsMessage, codePoints, compilePattern, typeName } from "./validationRules.js";

// Constraint traits: https://smithy.io/2.0/spec/constraint-traits.html
// Messages carry paths, lengths and type names, never values, so a sensitive value can't leak
// through them; map keys appear in paths except under a @sensitive member.

/** Past this many, validation stops; a hostile input could otherwise build an enormous message. */
const MAX_VIOLATIONS = 100;

// The walk's state lives in module variables, so that a valid input (the usual case) costs no
// allocation: the violations array is made on the first violation. A getter or proxy trap that
// validates again while a walk runs gets fresh state and gives ours back (see validateInput).
/** The violations so far; with more than MAX_VIOLATIONS the walk stops. */
let found: ValidationViolation[] | undefined;
/** The objects on the way from the root to here, to detect cycles. */
let ancestors: object[] = [];
/** Objects already checked against a plan, so a shared object is checked once (and a DAG stays linear). */
let checked: Map<object, Plan> | undefined;
/** "key " while checking a map key. */
let subject = "";

/**
 * Where a violation is: a member name, a list index, or `["key"]`, appended to the parent path
 * only when something is reported, so that a valid input builds no paths.
 */
type Segment = string | number;

/**
 * Checks `input` against the @required, @length, `@pattern` and `@range` traits and the member types
 * of `schema` (enum values are not checked, so values newer than the model still go through).
 * Never throws: hostile input (throwing getters, cycles, deep nesting) is reported as violations.
 * `path` prefixes every violation's path.
 */
export const validateInput = (schema: StructureSchema, input: unknown, path = ""): ValidationViolation[] => {
  const outerFound = found;
  const outerAncestors = ancestors;
  const outerChecked = checked;
  found = checked = undefined;
  // Not empty only when this call comes from inside another walk.
  if (ancestors.length > 0) ancestors = [];
  try {
    if (isRecord(input)) walk(planOf(schema), input, path, false);
    else report(path, "", `must be an object (got ${typeName(input)})`);
  } catch {
    report(path, "", "could not be read");
  }
  // (TypeScript keeps `found` narrowed to undefined across the calls above.)
  const result = (found as ValidationViolation[] | undefined) ?? [];
  found = outerFound;
  ancestors = outerAncestors;
  checked = outerChecked;
  if (result.length > MAX_VIOLATIONS) {
    result[MAX_VIOLATIONS] = { path, message: `validation stopped after ${MAX_VIOLATIONS} violations` };
  }
  return result;
};

/**
 * A plain object: not an array, Date, Map, typed array or the like. (V8's Object.prototype.toString
 * is as fast as a prototype check first; a proxy whose `get` trap throws is "could not be read".)
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Object]";

/** Keeps the first MAX_VIOLATIONS + 1; the last one is replaced by "validation stopped…" at the end. */
const report = (parent: string, segment: Segment, message: string): void => {
  if ((found ??= []).length <= MAX_VIOLATIONS) found.push({ path: pathOf(parent, segment), message: subject + message });
};

const pathOf = (parent: string, segment: Segment): string =>
  typeof segment === "number"
    ? `${parent}[${segment}]`
    : segment === "" || segment[0] === "["
      ? parent + segment
      : parent === ""
        ? segment
        : `${parent}.${segment}`;

const walk = (plan: Plan, value: any, path: string, sensitive: boolean): void => {
  if (ancestors.includes(value)) return report(path, "", "contains a cycle");
  if (ancestors.length >= MAX_DEPTH) return report(path, "", `is nested more than ${MAX_DEPTH} levels deep`);
  if (checked?.get(value) === plan) return;
  const { kind, slots, sparse } = plan;
  const list = kind === "list";
  const keys = kind === "map" ? Object.keys(value) : undefined;
  const entries = list || keys;
  let set = 0;
  ancestors.push(value);
  try {
    // A list's entries, a map's entries (key, then value), or a structure's or union's members.
    for (let i = 0; i < (list ? value.length : (keys ?? slots).length) && !(found && found.length > MAX_VIOLATIONS); i++) {
      const slot = slots[list ? 0 : keys ? 1 : i]!;
      const key = keys?.[i];
      const segment =
        key === undefined
          ? list
            ? i
            : slot.name
          : sensitive || slots[0]!.member.sensitive
            ? "[***]"
            : // A huge key is shortened, so it can't bloat the message.
              `[${JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key)}]`;
      try {
        const entry = list ? value[i] : key === undefined ? readMember(value, slot) : value[key];
        if (key !== undefined) {
          // An undefined value is no entry at all, as for JSON.stringify and the serializer.
          if (entry === undefined) continue;
          subject = "key ";
          check(slots[0]!, key, path, segment, sensitive);
          subject = "";
        }
        if (entry != null) {
          set++;
          check(slot, entry, path, segment, sensitive);
        } else if (entries ? !sparse : slot.member.required) {
          report(path, segment, entries ? `must not be null (the ${kind} is not sparse)` : "is required");
        }
      } catch {
        subject = "";
        report(path, segment, "could not be read");
      }
    }
    if (kind === "union" && set !== 1) report(path, "", `must have exactly one member set (got ${set})`);
  } finally {
    ancestors.pop();
  }
  if (ancestors.length > 0) (checked ??= new Map()).set(value, plan);
};

/**
 * Checks a value (neither null nor undefined) against its slot's type and constraints, then its
 * entries. The @length of a list or map sits on the member that targets it; when it fails, the
 * entries are not checked, which bounds the work a huge hostile list can cause. A string's
 * @pattern is only tried when its @length holds. @range applies to integers and codec kinds only.
 */
const check = (slot: Slot, value: any, parent: string, segment: Segment, sensitive: boolean): void => {
  const { kind, codec, member } = slot;
  const { length, pattern } = member;
  // What @length or @range applies to: code points, bytes (blobs), entries, or the number.
  let measure: any = value;
  if (
    !(codec
      ? (measure = codec.check(value)) !== undefined
      : kind === "string" || kind === "boolean"
        ? typeof value === kind
        : kind === "integer"
          ? Number.isInteger(value)
          : kind === "list"
            ? Array.isArray(value)
            : isRecord(value))
  ) {
    const expected =
      codec?.expected ??
      (kind === "string" || kind === "boolean"
        ? `a ${kind}`
        : kind === "integer"
          ? "an integer"
          : kind === "list"
            ? "an array"
            : "an object");
    return report(parent, segment, `must be ${expected} (got ${typeName(value)})`);
  }
  const hidden = sensitive || member.sensitive === true;
  const bounds = length ?? (kind === "integer" || codec ? member.range : undefined);
  if (bounds) {
    const [min, max] = bounds;
    if (length) {
      measure =
        kind === "string"
          ? // The UTF-16 length bounds the code-point count from both sides, so most strings are decided without counting.
            (min === null || Math.ceil(value.length / 2) >= min) && (max === null || value.length <= max)
            ? (min ?? 0)
            : codePoints(value)
          : kind === "list"
            ? value.length
            : kind === "map"
              ? Object.keys(value).length
              : measure;
    }
    // NaN compares false with everything, so the explicit check makes it fail any range.
    if (measure !== measure || (min !== null && measure < min) || (max !== null && measure > max)) {
      return report(
        parent,
        segment,
        boundsMessage(min, max, length && (kind === "string" ? "code point" : codec ? "byte" : "entry"), hidden || !length ? undefined : measure),
      );
    }
  }
  // A pattern that doesn't compile in JavaScript (null) can't be checked here; the service still checks it.
  // With an ASCII twin, slot.regex holds the twin: a string it matches matches the pattern too, and an
  // all-ASCII string it rejects fails the pattern too, so the pattern itself (costly to compile: its
  // Unicode property sets) is compiled only for a string that is not all ASCII and fails the twin.
  if (kind === "string") {
    if (
      pattern !== undefined &&
      (slot.regex ??= compilePattern(typeof pattern === "string" ? pattern : pattern[1]))?.test(value) === false &&
      (typeof pattern === "string" || ASCII.test(value) || compilePattern(pattern[0])?.test(value) === false)
    ) {
      report(parent, segment, `must match the pattern ${typeof pattern === "string" ? pattern : pattern[0]}`);
    }
  } else if (slot.target) walk(targetPlan(slot), value, pathOf(parent, segment), hidden);
};
