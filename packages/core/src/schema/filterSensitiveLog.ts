import { defineKey, MAX_DEPTH, type Plan, planOf, readMember, type Slot, targetPlan } from "./plan.js";
import type { AggregateSchema } from "./types.js";

/** What a @sensitive value is logged as; the same text the AWS SDK uses. */
export const SENSITIVE_STRING = "***SensitiveInformation***";

/**
 * A copy of `value` safe to log: every @sensitive member's value is replaced by SENSITIVE_STRING
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

const filterAggregate = (plan: Plan, value: object, ancestors: object[]): unknown => {
  if (ancestors.includes(value)) return "[Circular]";
  if (ancestors.length >= MAX_DEPTH) return "[Too deep]";
  ancestors.push(value);
  try {
    if (plan.kind === "list") return Array.isArray(value) ? filterList(plan, value, ancestors) : SENSITIVE_STRING;
    if (Array.isArray(value)) return SENSITIVE_STRING;
    if (plan.kind === "map") return filterMap(plan, value as Record<string, unknown>, ancestors);
    return filterMembers(plan, value as Record<string, unknown>, ancestors);
  } finally {
    ancestors.pop();
  }
};

const filterMembers = (plan: Plan, obj: Record<string, unknown>, ancestors: object[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const slot of plan.slots) {
    const value = filterEntry(slot, obj, slot.name, ancestors);
    if (value !== undefined) defineKey(out, slot.name, value);
  }
  // The deserializer's `{ $unknown: [name, value] }`: the name comes from a newer model, the value could be anything.
  if (plan.kind === "union" && Object.keys(out).length === 0) {
    const unknown = safeRead(obj, "$unknown");
    if (Array.isArray(unknown) && typeof unknown[0] === "string") out.$unknown = [unknown[0], SENSITIVE_STRING];
  }
  return out;
};

const filterList = (plan: Plan, list: unknown[], ancestors: object[]): unknown[] => {
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) out.push(filterEntry(plan.slots[0]!, list, i, ancestors));
  return out;
};

const filterMap = (plan: Plan, map: Record<string, unknown>, ancestors: object[]): unknown => {
  const [keySlot, valueSlot] = plan.slots as [Slot, Slot];
  // Keys can't be masked one by one without losing the map's shape, so a sensitive key hides it all.
  if (keySlot.member.sensitive === true) return SENSITIVE_STRING;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(map)) defineKey(out, key, filterEntry(valueSlot, map, key, ancestors));
  return out;
};

/** `obj[key]` made safe to log; "[Unreadable]" when reading it throws (a getter, a revoked proxy). */
const filterEntry = (slot: Slot, obj: any, key: string | number, ancestors: object[]): unknown => {
  try {
    return filterValue(slot, slot.inherited ? readMember(obj, slot) : obj[key], ancestors);
  } catch {
    return "[Unreadable]";
  }
};

const filterValue = (slot: Slot, value: unknown, ancestors: object[]): unknown => {
  if (value == null) return value;
  if (slot.member.sensitive === true) return SENSITIVE_STRING;
  if (slot.target === undefined || typeof value !== "object") return value;
  return filterAggregate(targetPlan(slot), value, ancestors);
};

const safeRead = (obj: Record<string, unknown>, key: string): unknown => {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  } catch {
    return undefined;
  }
};
