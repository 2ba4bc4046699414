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
  // Lists and maps walk their entries, structures and unions their members.
  const keys: any[] = list ? value : members ? slots : Object.keys(value);
  const slot = slots[list ? 0 : 1]!;
  let out: any;
  let kept = 0;
  let i = 0;
  for (; i < keys.length; i++) {
    const key = list ? i : members ? keys[i].name : keys[i];
    const entrySlot = members ? keys[i] : slot;
    const entry = members ? readMember(value, entrySlot) : value[key];
    if (entry == null && !(sparse && entry === null && !members)) {
      // Dropped: from here on the result differs from `value`.
      out ??= copy(plan, value, keys, i);
      continue;
    }
    kept++;
    const read = entry !== null && entrySlot.convert ? readValue(entrySlot, entry, plan, depth) : entry;
    if (read !== entry) out ??= copy(plan, value, keys, i);
    if (out !== undefined) {
      if (list) out.push(read);
      else defineKey(out, key, read);
    }
    if (kind === "union") break;
  }
  if (members && out === undefined) {
    // Unknown keys (or a union's further members) make it a copy of the known members.
    let extra = -kept;
    for (const _ in value) extra++;
    if (extra !== 0) out = copy(plan, value, keys, i + 1);
  }
  if (kind === "union" && kept === 0) {
    for (const key of Object.keys(value)) {
      if (key !== "__type" && value[key] != null) return { $unknown: [key, value[key]] };
    }
  }
  return out ?? value;
};

/** A new list or object holding the entries of `value` before index `end`, except null members and entries. */
const copy = (plan: Plan, value: any, keys: any[], end: number): any => {
  const list = plan.kind === "list";
  const members = !list && plan.kind !== "map";
  const out: any = list ? [] : {};
  for (let i = 0; i < end && i < keys.length; i++) {
    const entry = list ? value[i] : members ? readMember(value, keys[i]) : value[keys[i]];
    if (entry === undefined || (entry === null && (members || !plan.sparse))) continue;
    if (list) out.push(entry);
    else defineKey(out, members ? keys[i].name : keys[i], entry);
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
