import {
  defineKey,
  K_CODEC,
  K_LIST,
  K_MAP,
  K_STRUCTURE,
  K_UNION,
  MAX_DEPTH,
  type Plan,
  planOf,
  readMember,
  type Slot,
  slotPath,
  targetPlan,
  tooDeep,
} from "./plan.js";
import type { ErrorSchema, StructureSchema } from "./types.js";

// Reads an awsJson1_1 body that JSON.parse has already turned into values:
// https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#shape-serialization
//
// Rules: only members the schema knows are copied (so a "__proto__" or any other extra key from the
// server never reaches the result), null is dropped unless the list/map is @sparse, and a value of
// a JSON type the member doesn't expect is passed through untouched, as the official SDK does.
// A value of the right JSON type that cannot be converted (bad base64, an unparseable timestamp,
// a fractional bigInteger) throws a TypeError. The result may share arrays of plain values and
// documents with `parsed`.

/** Builds the output (or error) object for `schema` from a parsed JSON body; {} when it is not an object. */
export const deserializeJson = (schema: StructureSchema | ErrorSchema, parsed: unknown): Record<string, unknown> =>
  isRecord(parsed) ? readMembers(planOf(schema), parsed, 0) : {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A structure, or a union: an object with its one known member, or `{ $unknown: [key, value] }`
 * when the server set a member this client doesn't know (a newer model). "__type" is ignored, as
 * the protocol asks: https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#shape-serialization
 */
const readMembers = (plan: Plan, obj: Record<string, unknown>, depth: number): Record<string, unknown> => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "response");
  const slots = plan.slots;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = readMember(obj, slot);
    if (value == null) continue;
    const read = slot.convert ? readValue(slot, value, plan, depth) : value;
    if (slot.inherited) defineKey(out, slot.name, read);
    else out[slot.name] = read;
    if (plan.kind === K_UNION) return out;
  }
  if (plan.kind === K_UNION) {
    for (const key of Object.keys(obj)) {
      if (key !== "__type" && obj[key] != null) return { $unknown: [key, obj[key]] };
    }
  }
  return out;
};

const readList = (plan: Plan, list: unknown[], depth: number): unknown[] => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "response");
  const slot = plan.slots[0]!;
  const sparse = plan.sparse;
  if (!slot.convert) {
    // Plain values need no copy unless nulls must go.
    if (sparse || !list.includes(null)) return list;
    return list.filter((value) => value !== null);
  }
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    if (value != null) out.push(readValue(slot, value, plan, depth));
    else if (sparse) out.push(null);
  }
  return out;
};

const readMap = (plan: Plan, map: Record<string, unknown>, depth: number): Record<string, unknown> => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "response");
  const slot = plan.slots[1]!;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value != null) defineKey(out, key, slot.convert ? readValue(slot, value, plan, depth) : value);
    else if (plan.sparse) defineKey(out, key, null);
  }
  return out;
};

/** `value` is neither null nor undefined, and the slot needs more than a copy. */
const readValue = (slot: Slot, value: unknown, owner: Plan, depth: number): unknown => {
  switch (slot.kind) {
    case K_CODEC: {
      const read = slot.codec!.read!(value, slot.member);
      if (read === undefined) {
        throw new TypeError(`${slotPath(owner, slot)}: cannot deserialize a ${typeof value} as ${slot.codec!.kind}`);
      }
      return read;
    }
    case K_STRUCTURE:
    case K_UNION:
      return isRecord(value) ? readMembers(targetPlan(slot), value, depth + 1) : value;
    case K_LIST:
      return Array.isArray(value) ? readList(targetPlan(slot), value, depth + 1) : value;
    case K_MAP:
      return isRecord(value) ? readMap(targetPlan(slot), value, depth + 1) : value;
  }
  return value;
};
