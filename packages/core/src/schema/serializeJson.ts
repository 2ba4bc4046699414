import { MAX_DEPTH, type Plan, planOf, readMember, type Slot, slotError, targetPlan, tooDeep } from "./plan.js";
import type { StructureSchema } from "./types.js";

// The awsJson1_1 request body: https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#shape-serialization
// JSON text is written by hand (JSON.stringify only for strings) so members come out in the order
// the official SDK writes them, and big numbers keep every digit.

/**
 * Serializes `input` as the JSON body of an awsJson1_1 request. Members are written `@required`
 * first, then the rest, each in schema order (see Plan.wireSlots); null/undefined members and keys
 * the schema does not know are left out.
 * Throws a TypeError (naming the member, never its value) for a value the member's type cannot hold.
 */
export const serializeJson = (schema: StructureSchema, input: object): string =>
  typeof input === "object" && input !== null ? writeAggregate(planOf(schema), input, 0) : "{}";

/**
 * A list; a map; a structure; or a union, written with its first member set in model order
 * (validation reports more). A list drops null entries and a map null values unless @sparse;
 * undefined is "no entry" even in a sparse map: it has no JSON form, and JSON.stringify drops it too.
 */
const writeAggregate = (plan: Plan, value: any, depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, "input (is it cyclic?)");
  const { kind, slots, sparse } = plan;
  const list = kind === "list";
  const members = !list && kind !== "map";
  // A list's entries, a map's entries, or a structure's or union's members (slots) in wire order.
  const keys: any[] = list ? value : members ? plan.wireSlots : Object.keys(value);
  let out = list ? "[" : "{";
  for (let i = 0; i < keys.length; i++) {
    const slot: Slot = members ? keys[i] : slots[list ? 0 : 1]!;
    const entry = list ? value[i] : members ? readMember(value, slot) : value[keys[i]];
    if (entry == null && (members || !sparse || (!list && entry === undefined))) continue;
    // A member's `,"Name":` is precomputed, so most members cost one concatenation less.
    out +=
      (members
        ? out.length === 1
          ? slot.key
          : slot.commaKey
        : (out.length === 1 ? "" : ",") + (list ? "" : `${JSON.stringify(keys[i])}:`)) +
      (entry == null ? "null" : writeValue(slot, entry, plan, depth));
    if (kind === "union") break;
  }
  return out + (list ? "]" : "}");
};

/** `value` is neither null nor undefined. JSON.stringify writes strings, booleans and integers exactly as JSON wants them. */
const writeValue = (slot: Slot, value: any, owner: Plan, depth: number): string => {
  const { kind, codec } = slot;
  const text =
    codec !== undefined
      ? codec.write(value, slot.member)
      : kind === "string" || kind === "boolean"
        ? typeof value === kind
          ? JSON.stringify(value)
          : undefined
        : kind === "integer"
          ? Number.isInteger(value)
            ? JSON.stringify(value)
            : undefined
          : slot.target !== undefined &&
              (kind === "list" ? Array.isArray(value) : typeof value === "object" && !(kind === "map" && Array.isArray(value)))
            ? writeAggregate(targetPlan(slot), value, depth + 1)
            : undefined;
  if (text === undefined) throw slotError(owner, slot, `cannot serialize a ${typeof value} as ${kind}`);
  return text;
};
