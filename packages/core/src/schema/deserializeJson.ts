import { fromBase64 } from "../utils/base64.js";
import {
  defineKey,
  K_BIG_DECIMAL,
  K_BIG_INTEGER,
  K_BLOB,
  K_FLOAT,
  K_LIST,
  K_MAP,
  K_STRUCTURE,
  K_TIMESTAMP,
  K_UNION,
  MAX_DEPTH,
  type Plan,
  planOf,
  readMember,
  type Slot,
  targetPlan,
} from "./plan.js";
import { fromEpochSeconds, parseDateTime, parseEpochSeconds, parseHttpDate } from "./timestamps.js";
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

const JSON_INTEGER = /^-?\d+$/;

/** Builds the output (or error) object for `schema` from a parsed JSON body; {} when it is not an object. */
export const deserializeJson = (schema: StructureSchema | ErrorSchema, parsed: unknown): Record<string, unknown> =>
  isRecord(parsed) ? readStructure(planOf(schema), parsed, 0) : {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const readStructure = (plan: Plan, obj: Record<string, unknown>, depth: number): Record<string, unknown> => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slots = plan.slots;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.inherited) {
      const value = readMember(obj, slot);
      if (value != null) defineKey(out, slot.name, slot.convert ? readValue(slot, value, depth) : value);
      continue;
    }
    const value = obj[slot.name];
    if (value != null) out[slot.name] = slot.convert ? readValue(slot, value, depth) : value;
  }
  return out;
};

/**
 * A union becomes an object with its one known member, or `{ $unknown: [key, value] }` when the
 * server set a member this client doesn't know (a newer model). "__type" is ignored, as the
 * protocol asks: https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html#shape-serialization
 */
const readUnion = (plan: Plan, obj: Record<string, unknown>, depth: number): Record<string, unknown> => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slots = plan.slots;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = readMember(obj, slot);
    if (value == null) continue;
    const out: Record<string, unknown> = {};
    defineKey(out, slot.name, slot.convert ? readValue(slot, value, depth) : value);
    return out;
  }
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = obj[key];
    if (key !== "__type" && value != null) return { $unknown: [key, value] };
  }
  return {};
};

const readList = (plan: Plan, list: unknown[], depth: number): unknown[] => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
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
    if (value == null) {
      if (sparse) out.push(null);
      continue;
    }
    out.push(readValue(slot, value, depth));
  }
  return out;
};

const readMap = (plan: Plan, map: Record<string, unknown>, depth: number): Record<string, unknown> => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slot = plan.slots[1]!;
  const sparse = plan.sparse;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = map[key];
    if (value == null) {
      if (sparse) defineKey(out, key, null);
      continue;
    }
    defineKey(out, key, slot.convert ? readValue(slot, value, depth) : value);
  }
  return out;
};

/** `value` is neither null nor undefined, and the slot's kind needs more than a copy. */
const readValue = (slot: Slot, value: unknown, depth: number): unknown => {
  switch (slot.kind) {
    case K_FLOAT:
      if (value === "NaN") return NaN;
      if (value === "Infinity") return Infinity;
      if (value === "-Infinity") return -Infinity;
      return value;
    case K_BIG_INTEGER:
      // JSON.parse has already turned the digits into a double, so integers beyond 2^53 arrive
      // rounded; BigInt() keeps what is left exactly. Exact digits would need a custom JSON parser.
      if (typeof value === "number") {
        if (Number.isInteger(value)) return BigInt(value);
        throw new TypeError(`${slot.name || "entry"}: bigInteger value is not an integer`);
      }
      if (typeof value === "string") {
        if (JSON_INTEGER.test(value)) return BigInt(value);
        throw new TypeError(`${slot.name || "entry"}: bigInteger value is not an integer`);
      }
      return value;
    case K_BIG_DECIMAL:
      // Same precision limit as bigInteger: a number is already a double when it gets here.
      return typeof value === "number" ? String(value) : value;
    case K_BLOB:
      return typeof value === "string" ? fromBase64(value) : value;
    case K_TIMESTAMP:
      return readTimestamp(slot, value);
    case K_STRUCTURE:
      return isRecord(value) ? readStructure(targetPlan(slot), value, depth + 1) : value;
    case K_UNION:
      return isRecord(value) ? readUnion(targetPlan(slot), value, depth + 1) : value;
    case K_LIST:
      return Array.isArray(value) ? readList(targetPlan(slot), value, depth + 1) : value;
    case K_MAP:
      return isRecord(value) ? readMap(targetPlan(slot), value, depth + 1) : value;
    default:
      return value;
  }
};

/** A number is always epoch seconds; a string is read in the member's @timestampFormat. */
const readTimestamp = (slot: Slot, value: unknown): unknown => {
  if (typeof value === "number") return fromEpochSeconds(value);
  if (typeof value !== "string") return value;
  const date =
    slot.format === "date-time"
      ? parseDateTime(value)
      : slot.format === "http-date"
        ? parseHttpDate(value)
        : parseEpochSeconds(value);
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new TypeError(`${slot.name || "entry"}: not a valid ${slot.format} timestamp`);
  }
  return date;
};

const tooDeep = (plan: Plan): TypeError =>
  new TypeError(`${plan.schema.name}: response nested more than ${MAX_DEPTH} levels deep`);
