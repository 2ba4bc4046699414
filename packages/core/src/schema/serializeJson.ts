import {
  K_BOOLEAN,
  K_CODEC,
  K_INTEGER,
  K_LIST,
  K_MAP,
  K_STRING,
  K_STRUCTURE,
  K_UNION,
  kindOf,
  MAX_DEPTH,
  type Plan,
  planOf,
  readMember,
  type Slot,
  slotPath,
  targetPlan,
  tooDeep,
} from "./plan.js";
import type { StructureSchema } from "./types.js";

// The awsJson1_1 request body: https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#shape-serialization
// JSON text is written by hand (JSON.stringify only for strings) so members come out in the order
// the official SDK writes them, and big numbers keep every digit.

/**
 * Serializes `input` as the JSON body of an awsJson1_1 request. Members are written @required
 * first, then the rest, each in schema order (see Plan.wireSlots); null/undefined members and keys
 * the schema does not know are left out.
 * Throws a TypeError (naming the member, never its value) for a value the member's type cannot hold.
 */
export const serializeJson = (schema: StructureSchema, input: object): string =>
  typeof input === "object" && input !== null ? writeMembers(planOf(schema), input, 0) : "{}";

/** A structure, or a union: written with its first member set, in model order (validation reports more). */
const writeMembers = (plan: Plan, obj: any, depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "input (is it cyclic?)");
  const slots = plan.wireSlots;
  let out = "{";
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = readMember(obj, slot);
    if (value == null) continue;
    out += (out.length === 1 ? slot.prefix : slot.commaPrefix) + writeValue(slot, value, plan, depth);
    if (plan.kind === K_UNION) break;
  }
  return out + "}";
};

const writeList = (plan: Plan, list: readonly unknown[], depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "input (is it cyclic?)");
  const slot = plan.slots[0]!;
  let out = "[";
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    if (value == null && !plan.sparse) continue;
    out += (out.length === 1 ? "" : ",") + (value == null ? "null" : writeValue(slot, value, plan, depth));
  }
  return out + "]";
};

const writeMap = (plan: Plan, map: Record<string, unknown>, depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "input (is it cyclic?)");
  const slot = plan.slots[1]!;
  const keys = Object.keys(map);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = map[key];
    // undefined is "no entry" even in a sparse map: it has no JSON form, and JSON.stringify drops it too.
    if (value === undefined || (value === null && !plan.sparse)) continue;
    out +=
      (out.length === 1 ? "" : ",") +
      JSON.stringify(key) +
      ":" +
      (value === null ? "null" : writeValue(slot, value, plan, depth));
  }
  return out + "}";
};

/** `value` is neither null nor undefined. */
const writeValue = (slot: Slot, value: any, owner: Plan, depth: number): string => {
  switch (slot.kind) {
    case K_STRING:
      if (typeof value === "string") return JSON.stringify(value);
      break;
    case K_BOOLEAN:
      if (typeof value === "boolean") return value ? "true" : "false";
      break;
    case K_INTEGER:
      if (Number.isInteger(value)) return String(value);
      break;
    case K_CODEC: {
      const text = slot.codec!.write(value, slot.member);
      if (text !== undefined) return text;
      break;
    }
    case K_STRUCTURE:
    case K_UNION:
      if (typeof value === "object") return writeMembers(targetPlan(slot), value, depth + 1);
      break;
    case K_LIST:
      if (Array.isArray(value)) return writeList(targetPlan(slot), value, depth + 1);
      break;
    case K_MAP:
      if (typeof value === "object" && !Array.isArray(value)) return writeMap(targetPlan(slot), value, depth + 1);
      break;
  }
  throw new TypeError(`${slotPath(owner, slot)}: cannot serialize a ${typeof value} as ${kindOf(slot)}`);
};
