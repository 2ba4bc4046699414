import { defineKey, MAX_DEPTH, type Plan, planOf, readMember, type Slot, targetPlan } from "./plan.js";
import type { AggregateSchema } from "./types.js";

/** What a `@sensitive` value is logged as; the same text the AWS SDK uses. */
export const SENSITIVE_STRING = "***SensitiveInformation***";

/**
 * A copy of `value` safe to log: every `@sensitive` member's value is replaced by SENSITIVE_STRING
 * (each entry of a list, each value of a map, when the list member or map value is sensitive),
 * keys the schema does not know are dropped (they could hold anything), and an object where the
 * schema expects something else is replaced as a whole. Never throws: unreadable members and
 * cycles are logged as "[Unreadable]" and "[Circular]". Input that is not an object is returned as is.
 */
export const filterSensitiveLog = (schema: AggregateSchema, value: unknown): unknown => {
  if (typeof value !== "object" || value === null) return value;
  try {
    return filterAggregate(planOf(schema), value, []);
  } catch {
    return "[Unreadable]";
  }
};

const filterAggregate = (plan: Plan, value: any, ancestors: object[]): unknown => {
  if (ancestors.includes(value)) return "[Circular]";
  if (ancestors.length >= MAX_DEPTH) return "[Too deep]";
  const { kind, slots } = plan;
  const list = kind === "list";
  // Keys can't be masked one by one without losing the map's shape, so a sensitive key hides it all.
  if (list !== Array.isArray(value) || (kind === "map" && slots[0]!.member.sensitive === true)) return SENSITIVE_STRING;
  const members = !list && kind !== "map";
  // A list's entries, a map's values, or a structure's or union's members (slots).
  const keys: any[] = list ? value : members ? slots : Object.keys(value);
  const out: any = list ? [] : {};
  ancestors.push(value);
  try {
    for (let i = 0; i < keys.length; i++) {
      const slot: Slot = members ? keys[i] : slots[list ? 0 : 1]!;
      const key = list ? i : members ? slot.name : keys[i];
      let entry: unknown;
      try {
        entry = members ? readMember(value, slot) : value[key];
        if (entry != null && slot.member.sensitive === true) entry = SENSITIVE_STRING;
        else if (entry != null && slot.target !== undefined && typeof entry === "object") {
          entry = filterAggregate(targetPlan(slot), entry, ancestors);
        }
      } catch {
        // A getter or proxy that throws.
        entry = "[Unreadable]";
      }
      if (list) out.push(entry);
      else if (!members || entry !== undefined) defineKey(out, key, entry);
    }
  } finally {
    ancestors.pop();
  }
  // The deserializer's `{ $unknown: [name, value] }`: the name comes from a newer model, the value could be anything.
  if (kind === "union" && Object.keys(out).length === 0) {
    try {
      const unknown = Object.prototype.hasOwnProperty.call(value, "$unknown") ? value.$unknown : undefined;
      if (Array.isArray(unknown) && typeof unknown[0] === "string") out.$unknown = [unknown[0], SENSITIVE_STRING];
    } catch {}
  }
  return out;
};
