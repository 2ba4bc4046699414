import { defineKey, MAX_DEPTH, type Plan, planOf, readMember, slotError, targetPlan, tooDeep } from "./plan.js";
import type { JsonCodec } from "./types.js";

// The JSON codec of operations whose input, output and listed errors hold only strings, booleans,
// integers, lists, maps and structures: most Cognito operations (the generator decides, see
// OperationSchema.codec). For those shapes it gives what serializeJson and deserializeJson give, from
// one small walk instead of two larger ones that also know codecs and unions: keep the members the
// schema knows, drop nulls unless @sparse, and (serializing) write them in wire order.

/**
 * Reading (`write` false): a copy of `value` holding what `plan` keeps. Writing: that copy's JSON
 * text, in wire order, throwing on a value of the wrong type; written as text (JSON.stringify only
 * for strings, booleans, integers and map keys), which measured faster than a copy handed to
 * JSON.stringify.
 */
const project = (plan: Plan, value: any, write: boolean, depth: number): any => {
  if (depth > MAX_DEPTH) throw tooDeep(plan, write ? "input (is it cyclic?)" : "response");
  const { kind, slots, sparse } = plan;
  const list = kind === "list";
  const members = !list && kind !== "map";
  // A list's entries, a map's keys, or a structure's members (slots).
  const keys: any[] = list ? value : members ? (write ? plan.wireSlots : slots) : Object.keys(value);
  let out: any = write ? "" : list ? [] : {};
  for (let i = 0; i < keys.length; i++) {
    const slot = members ? keys[i] : slots[list ? 0 : 1]!;
    let entry = list ? value[i] : members ? readMember(value, slot) : value[keys[i]];
    // As serializeJson: undefined is "no entry" in a map even when sparse; in a sparse list it is written as null.
    if (entry == null && (members || !sparse || (!list && entry === undefined))) continue;
    let text: string | undefined;
    if (entry != null) {
      const k = slot.kind;
      if (slot.codec !== undefined || k === "union") throw slotError(plan, slot, `a ${k} needs the convertingJson codec`);
      if (
        slot.target !== undefined &&
        (k === "list" ? Array.isArray(entry) : typeof entry === "object" && !((!write || k === "map") && Array.isArray(entry)))
      ) {
        entry = text = project(targetPlan(slot), entry, write, depth + 1);
      } else if (write && (slot.target !== undefined || (k === "integer" ? !Number.isInteger(entry) : typeof entry !== k))) {
        throw slotError(plan, slot, `cannot serialize a ${typeof entry} as ${k}`);
      }
    }
    if (write) {
      out +=
        (members ? (out ? slot.commaKey : slot.key) : (out ? "," : "") + (list ? "" : `${JSON.stringify(keys[i])}:`)) +
        (text ?? (entry == null ? "null" : JSON.stringify(entry)));
    } else if (list) out.push(entry);
    else defineKey(out, members ? slot.name : keys[i], entry);
  }
  return write ? (list ? `[${out}]` : `{${out}}`) : out;
};

/** serializeJson and deserializeJson for shapes without codecs or unions. */
export const plainJson: JsonCodec = {
  serialize: (schema, input) =>
    typeof input === "object" && input !== null ? project(planOf(schema), input, true, 0) : "{}",
  deserialize: (schema, parsed) =>
    typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (project(planOf(schema), parsed, false, 0) as Record<string, unknown>)
      : {},
};
