import { defineKey, MAX_DEPTH, type Plan, planOf, readMember, type Slot, slotError, targetPlan, tooDeep } from "./plan.js";
import type { ErrorSchema, StructureSchema } from "./types.js";

// Reads an awsJson1_1 body that JSON.parse has already turned into values:
// https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#shape-serialization
//
// Rules: only members the schema knows are kept (so a "__proto__" or any other extra key from the
// server never reaches the result), null is dropped unless the list/map is @sparse, and a value of
// a JSON type the member doesn't expect is passed through untouched, as the official SDK does.
// A value of the right JSON type that cannot be converted (bad base64, an unparseable timestamp,
// a fractional bigInteger) throws a TypeError.
//
// Most bodies need none of that: every key is a known member, nothing is null, nothing converts.
// Then an object or array of `parsed` is returned as it is instead of copied, so the result shares
// objects with `parsed` (which is JSON.parse's fresh output, owned by nobody else); `parsed` itself
// is never changed.

/** Builds the output (or error) object for `schema` from a parsed JSON body; {} when it is not an object. */
export const deserializeJson = (schema: StructureSchema | ErrorSchema, parsed: unknown): Record<string, unknown> =>
  isRecord(parsed) ? (readAggregate(planOf(schema), parsed, 0) as Record<string, unknown>) : {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A list, a map, a structure, or a union: a union is an object with its one known member, or
 * `{ $unknown: [key, value] }` when the server set a member this client doesn't know (a newer
 * model). "__type" is ignored, as the protocol asks.
 */
const readAggregate = (plan: Plan, value: any, depth: number): unknown => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "response");
  const { kind, slots, sparse } = plan;
  const list = kind === "list";
  const members = !list && kind !== "map";
  // Lists and maps walk their entries, structures and unions their members (slots).
  const keys: any[] = list ? value : members ? slots : Object.keys(value);
  // Made when the result first differs from `value`, from the entries before that one (all kept as they are).
  let out: any;
  let kept = 0;
  let i = 0;
  for (; i < keys.length; i++) {
    const slot = members ? keys[i] : slots[list ? 0 : 1];
    const key = list ? i : members ? slot.name : keys[i];
    const entry = members ? readMember(value, slot) : value[key];
    if (entry == null && (members || !sparse || entry === undefined)) {
      // Dropped; an absent member was never in `value`.
      if (entry === null || !members) out ??= copy(value, keys, i, list, members);
      continue;
    }
    kept++;
    // Only an aggregate or a codec that reads needs more than a copy. (Not a Slot field: the
    // browser bundle's plan would carry it for deserializeJson alone.)
    const convert = slot.target !== undefined || slot.codec?.read !== undefined;
    const read = entry !== null && convert ? readValue(slot, entry, plan, depth) : entry;
    if (read !== entry) out ??= copy(value, keys, i, list, members);
    if (out !== undefined) {
      if (list) out.push(read);
      else defineKey(out, key, read);
    }
    if (kind === "union") break;
  }
  if (members && out === undefined) {
    // The result has the members in model order and nothing else (no unknown keys, no second union
    // member), so `value` is only kept when its keys are exactly the members read, in that order.
    let j = 0;
    let matched = 0;
    for (const key in value) {
      while (j < slots.length && slots[j]!.name !== key) j++;
      if (j++ < slots.length) matched++;
      else matched = -1;
    }
    if (matched !== kept) out = copy(value, keys, i + 1, list, members);
  }
  if (kind === "union" && kept === 0) {
    for (const key of Object.keys(value)) {
      if (key !== "__type" && value[key] != null) return { $unknown: [key, value[key]] };
    }
  }
  return out ?? value;
};

/** A copy of `value` with its entries (or members: `keys` are slots) before `end`. */
const copy = (value: any, keys: any[], end: number, list: boolean, members: boolean): any => {
  if (list) return value.slice(0, end);
  const out = {};
  for (let j = 0; j < end && j < keys.length; j++) {
    const entry = members ? readMember(value, keys[j]) : value[keys[j]];
    if (entry !== undefined) defineKey(out, members ? keys[j].name : keys[j], entry);
  }
  return out;
};

/** `value` is neither null nor undefined, and the slot needs more than a copy. */
const readValue = (slot: Slot, value: unknown, owner: Plan, depth: number): unknown => {
  const codec = slot.codec;
  if (codec !== undefined) {
    const read = codec.read!(value, slot.member);
    if (read === undefined) throw slotError(owner, slot, `cannot deserialize a ${typeof value} as ${codec.kind}`);
    return read;
  }
  return (slot.kind === "list" ? Array.isArray(value) : isRecord(value))
    ? readAggregate(targetPlan(slot), value, depth + 1)
    : value;
};
