import {
  K_BOOLEAN,
  K_CODEC,
  K_INTEGER,
  K_LIST,
  K_MAP,
  K_STRING,
  K_STRUCTURE,
  K_UNION,
  MAX_DEPTH,
  type Plan,
  planOf,
  readMember,
  type Slot,
  targetPlan,
} from "./plan.js";
import type { StructureSchema } from "./types.js";
import type { ValidationViolation } from "./ValidationError.js";
import { codePoints, compilePattern, lengthMessage, rangeMessage, typeName } from "./validationRules.js";

// Constraint traits: https://smithy.io/2.0/spec/constraint-traits.html
// Messages carry paths, lengths and type names, never values, so a sensitive value can't leak
// through them; map keys appear in paths except under a @sensitive member.

/** Past this many, validation stops; a hostile input could otherwise build an enormous message. */
const MAX_VIOLATIONS = 100;

interface Walk {
  readonly violations: ValidationViolation[];
  /** The objects on the way from the root to here, to detect cycles. */
  readonly ancestors: object[];
  /** Objects already checked against a plan, so a shared object is checked once (and a DAG stays linear). */
  checked: Map<object, Plan> | undefined;
  /** "key " while checking map keys. */
  subject: string;
  stopped: boolean;
}

/**
 * Checks `input` against the @required, @length, @pattern and @range traits and the member types
 * of `schema` (enum values are not checked, so values newer than the model still go through).
 * Never throws: hostile input (throwing getters, cycles, deep nesting) is reported as violations.
 * `path` prefixes every violation's path.
 */
export const validateInput = (schema: StructureSchema, input: unknown, path = ""): ValidationViolation[] => {
  const walk: Walk = { violations: [], ancestors: [], checked: undefined, subject: "", stopped: false };
  try {
    if (isRecord(input)) checkAggregate(walk, planOf(schema), input, path, false);
    else report(walk, path, `must be an object (got ${typeName(input)})`);
  } catch {
    report(walk, path, "could not be read");
  }
  if (walk.stopped) walk.violations.push({ path, message: `validation stopped after ${MAX_VIOLATIONS} violations` });
  return walk.violations;
};

/** A plain object: not an array, Date, Map, typed array or the like. */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Object]";

const report = (walk: Walk, path: string, message: string): void => {
  if (walk.violations.length >= MAX_VIOLATIONS) walk.stopped = true;
  else walk.violations.push({ path, message: walk.subject + message });
};

const join = (parent: string, name: string): string => (parent === "" ? name : `${parent}.${name}`);

/** Shows a map key in a path, shortened so a huge key can't bloat the message. */
const keySegment = (key: string, hidden: boolean): string =>
  hidden ? "[***]" : `[${JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key)}]`;

const checkAggregate = (walk: Walk, plan: Plan, value: object, path: string, sensitive: boolean): void => {
  const { ancestors } = walk;
  if (ancestors.includes(value)) return report(walk, path, "contains a cycle");
  if (ancestors.length >= MAX_DEPTH) return report(walk, path, `is nested more than ${MAX_DEPTH} levels deep`);
  if (walk.checked?.get(value) === plan) return;
  ancestors.push(value);
  try {
    if (plan.kind === K_LIST) checkList(walk, plan, value as unknown[], path, sensitive);
    else if (plan.kind === K_MAP) checkMap(walk, plan, value as Record<string, unknown>, path, sensitive);
    else checkMembers(walk, plan, value as Record<string, unknown>, path, sensitive);
  } finally {
    ancestors.pop();
  }
  if (ancestors.length > 0) (walk.checked ??= new Map()).set(value, plan);
};

const checkMembers = (walk: Walk, plan: Plan, obj: Record<string, unknown>, path: string, sensitive: boolean) => {
  const slots = plan.slots;
  let set = 0;
  for (let i = 0; i < slots.length && !walk.stopped; i++) {
    const slot = slots[i]!;
    try {
      const value = readMember(obj, slot);
      if (value == null) {
        if (slot.member.required === true) report(walk, join(path, slot.name), "is required");
        continue;
      }
      set++;
      checkValue(walk, slot, value, path, slot.name, sensitive);
    } catch {
      report(walk, join(path, slot.name), "could not be read");
    }
  }
  if (plan.kind === K_UNION && set !== 1) report(walk, path, `must have exactly one member set (got ${set})`);
};

const checkList = (walk: Walk, plan: Plan, list: unknown[], path: string, sensitive: boolean) => {
  const slot = plan.slots[0]!;
  for (let i = 0; i < list.length && !walk.stopped; i++) {
    const segment = `[${i}]`;
    try {
      const value = list[i];
      if (value == null) {
        if (!plan.sparse) report(walk, path + segment, "must not be null (the list is not sparse)");
        continue;
      }
      checkValue(walk, slot, value, path, segment, sensitive);
    } catch {
      report(walk, path + segment, "could not be read");
    }
  }
};

const checkMap = (walk: Walk, plan: Plan, map: Record<string, unknown>, path: string, sensitive: boolean) => {
  const keySlot = plan.slots[0]!;
  const valueSlot = plan.slots[1]!;
  const hideKeys = sensitive || keySlot.member.sensitive === true;
  const keys = Object.keys(map);
  for (let i = 0; i < keys.length && !walk.stopped; i++) {
    const key = keys[i]!;
    const segment = keySegment(key, hideKeys);
    try {
      const value = map[key];
      // An undefined value is no entry at all, as for JSON.stringify and the serializer.
      if (value === undefined) continue;
      walk.subject = "key ";
      try {
        checkValue(walk, keySlot, key, path, segment, sensitive);
      } finally {
        walk.subject = "";
      }
      if (value === null) {
        if (!plan.sparse) report(walk, path + segment, "must not be null (the map is not sparse)");
        continue;
      }
      checkValue(walk, valueSlot, value, path, segment, sensitive);
    } catch {
      report(walk, path + segment, "could not be read");
    }
  }
};

/** `segment` is a member name, or "[i]"/"[key]" appended to `parent` as is. */
const checkValue = (walk: Walk, slot: Slot, value: unknown, parent: string, segment: string, sensitive: boolean) => {
  const hidden = sensitive || slot.member.sensitive === true;
  switch (slot.kind) {
    case K_STRING:
      if (typeof value !== "string") return mismatch(walk, parent, segment, "a string", value);
      if (checkLength(walk, slot, value, "code point", parent, segment, hidden)) {
        checkPattern(walk, slot, value, parent, segment);
      }
      return;
    case K_BOOLEAN:
      if (typeof value !== "boolean") mismatch(walk, parent, segment, "a boolean", value);
      return;
    case K_INTEGER:
      if (!Number.isInteger(value)) return mismatch(walk, parent, segment, "an integer", value);
      return checkRange(walk, slot, value as number, parent, segment);
    case K_CODEC: {
      const codec = slot.codec!;
      const measure = codec.check(value);
      if (measure === undefined) return mismatch(walk, parent, segment, codec.expected, value);
      // Of the codec kinds only blobs take @length (in bytes); the numeric ones take @range.
      if (slot.member.length) checkLength(walk, slot, measure as number, "byte", parent, segment, hidden);
      else checkRange(walk, slot, measure, parent, segment);
      return;
    }
    case K_STRUCTURE:
    case K_UNION:
      if (!isRecord(value)) return mismatch(walk, parent, segment, "an object", value);
      return checkAggregate(walk, targetPlan(slot), value, pathOf(parent, segment), hidden);
    // The @length of a list or map sits on the member that targets it. When it fails, the entries
    // are not checked: that bounds the work a huge hostile list can cause.
    case K_LIST:
      if (!Array.isArray(value)) return mismatch(walk, parent, segment, "an array", value);
      if (!checkLength(walk, slot, value.length, "entry", parent, segment, hidden)) return;
      return checkAggregate(walk, targetPlan(slot), value, pathOf(parent, segment), hidden);
    case K_MAP:
      if (!isRecord(value)) return mismatch(walk, parent, segment, "an object", value);
      if (slot.member.length && !checkLength(walk, slot, Object.keys(value).length, "entry", parent, segment, hidden)) {
        return;
      }
      return checkAggregate(walk, targetPlan(slot), value, pathOf(parent, segment), hidden);
  }
};

const pathOf = (parent: string, segment: string): string =>
  segment === "" || segment[0] === "[" ? parent + segment : join(parent, segment);

const mismatch = (walk: Walk, parent: string, segment: string, expected: string, value: unknown): void =>
  report(walk, pathOf(parent, segment), `must be ${expected} (got ${typeName(value)})`);

/**
 * Checks @length; true when it holds (or there is none). A string's length is in code points, but
 * its UTF-16 length bounds that from both sides, so most strings are decided without counting.
 */
const checkLength = (
  walk: Walk,
  slot: Slot,
  value: string | number,
  unit: string,
  parent: string,
  segment: string,
  hidden: boolean,
): boolean => {
  const length = slot.member.length;
  if (length === undefined) return true;
  const [min, max] = length;
  let n: number;
  if (typeof value === "string") {
    if ((min === null || Math.ceil(value.length / 2) >= min) && (max === null || value.length <= max)) return true;
    n = codePoints(value);
  } else n = value;
  if ((min !== null && n < min) || (max !== null && n > max)) {
    report(walk, pathOf(parent, segment), lengthMessage(min, max, unit, hidden ? undefined : n));
    return false;
  }
  return true;
};

const checkPattern = (walk: Walk, slot: Slot, value: string, parent: string, segment: string): void => {
  const source = slot.member.pattern;
  if (source === undefined) return;
  if (slot.regex === undefined) slot.regex = compilePattern(source);
  // A pattern that doesn't compile in JavaScript can't be checked here; the service still checks it.
  if (slot.regex !== null && !slot.regex.test(value)) {
    report(walk, pathOf(parent, segment), `must match the pattern ${source}`);
  }
};

const checkRange = (walk: Walk, slot: Slot, value: number | bigint, parent: string, segment: string): void => {
  const range = slot.member.range;
  if (range === undefined) return;
  const [min, max] = range;
  // NaN compares false with everything, so the explicit check makes it fail any range.
  if (
    (typeof value === "number" && Number.isNaN(value)) ||
    (min !== null && value < min) ||
    (max !== null && value > max)
  ) {
    report(walk, pathOf(parent, segment), rangeMessage(min, max));
  }
};
