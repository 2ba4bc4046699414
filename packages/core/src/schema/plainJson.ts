import { defineKey, MAX_DEPTH, type Plan, planOf, readMember, slotError, targetPlan, tooDeep } from "./plan.js";
import type { JsonCodec } from "./types.js";

// The JSON codec of operations whose input, output and listed errors hold only strings, booleans,
// integers, lists, maps and structures: most Cognito operations (the generator decides, see
// OperationSchema.codec). For those shapes it gives what serializeJson and deserializeJson give, from
// one small walk instead of two larger ones that also know codecs and unions: keep the members the
// schema knows, drop nulls unless @sparse. Serializing then hands the copy, built in wire order, to
// JSON.stringify, which writes strings, booleans and integers exactly as serializeJson does.

/** A copy of `value` holding what `plan` keeps; `write`: in wire order, throwing on a value of the wrong type. */
const project = (plan: Plan, value: any, write: boolean, depth: number): unknown => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, write ? "input (is it cyclic?)" : "response");
  const { kind, slots, sparse } = plan;
  const list = kind === "list";
  const members = !list && kind !== "map";
  // A list's entries, a map's keys, or a structure's members (slots).
  const keys: any[] = list ? value : members ? (write ? plan.wireSlots : slots) : Object.keys(value);
  const out: any = list ? [] : {};
  for (let i = 0; i < keys.length; i++) {
    const slot = members ? keys[i] : slots[list ? 0 : 1]!;
    let entry = list ? value[i] : members ? readMember(value, slot) : value[keys[i]];
    // As serializeJson: undefined is "no entry" in a map even when sparse; JSON.stringify writes it as null in a list.
    if (entry == null && (members || !sparse || (!list && entry === undefined))) continue;
    if (entry != null) {
      const k = slot.kind;
      if (slot.codec !== undefined || k === "union") throw slotError(plan, slot, `a ${k} needs the convertingJson codec`);
      if (
        slot.target !== undefined &&
        (k === "list" ? Array.isArray(entry) : typeof entry === "object" && !((!write || k === "map") && Array.isArray(entry)))
      ) {
        entry = project(targetPlan(slot), entry, write, depth + 1);
      } else if (write && (slot.target !== undefined || (k === "integer" ? !Number.isInteger(entry) : typeof entry !== k))) {
        throw slotError(plan, slot, `cannot serialize a ${typeof entry} as ${k}`);
      }
    }
    if (list) out.push(entry);
    else defineKey(out, members ? slot.name : keys[i], entry);
  }
  return out;
};

/** serializeJson and deserializeJson for shapes without codecs or unions. */
export const plainJson: JsonCodec = {
  serialize: (schema, input) =>
    typeof input === "object" && input !== null ? JSON.stringify(project(planOf(schema), input, true, 0)) : "{}",
  deserialize: (schema, parsed) =>
    typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (project(planOf(schema), parsed, false, 0) as Record<string, unknown>)
      : {},
};
