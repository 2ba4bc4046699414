import { toBase64 } from "../utils/base64.js";
import { fromUtf8 } from "../utils/utf8.js";
import { JSON_INTEGER, JSON_NUMBER } from "./jsonNumbers.js";
import {
  K_BIG_DECIMAL,
  K_BIG_INTEGER,
  K_BLOB,
  K_BOOLEAN,
  K_DOCUMENT,
  K_FLOAT,
  K_INTEGER,
  K_LIST,
  K_MAP,
  K_STRING,
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
import { fromEpochSeconds, parseDateTime, toDateTime, toHttpDate } from "./timestamps.js";
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
  typeof input === "object" && input !== null ? writeStructure(planOf(schema), input, 0) : "{}";

const writeStructure = (plan: Plan, obj: any, depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slots = plan.wireSlots;
  let out = "{";
  let empty = true;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = slot.inherited ? readMember(obj, slot) : obj[slot.name];
    if (value == null) continue;
    out += (empty ? slot.prefix : slot.commaPrefix) + writeValue(slot, value, plan, depth);
    empty = false;
  }
  return out + "}";
};

/** A union is written with the first member set, in model order; validation reports more than one. */
const writeUnion = (plan: Plan, obj: any, depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slots = plan.slots;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = readMember(obj, slot);
    if (value != null) return `{${slot.prefix}${writeValue(slot, value, plan, depth)}}`;
  }
  return "{}";
};

const writeList = (plan: Plan, list: readonly unknown[], depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slot = plan.slots[0]!;
  const sparse = plan.sparse;
  let out = "[";
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    if (value == null) {
      if (sparse) out += out.length === 1 ? "null" : ",null";
      continue;
    }
    out += (out.length === 1 ? "" : ",") + writeValue(slot, value, plan, depth);
  }
  return out + "]";
};

const writeMap = (plan: Plan, map: Record<string, unknown>, depth: number): string => {
  if (depth > MAX_DEPTH) throw tooDeep(plan);
  const slot = plan.slots[1]!;
  const sparse = plan.sparse;
  const keys = Object.keys(map);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = map[key];
    // undefined is "no entry" even in a sparse map: it has no JSON form, and JSON.stringify drops it too.
    if (value === undefined || (value === null && !sparse)) continue;
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
    case K_FLOAT:
      // Non-finite floats are strings in awsJson; String() spells them "NaN", "Infinity", "-Infinity".
      if (typeof value === "number") return Number.isFinite(value) ? String(value) : `"${value}"`;
      break;
    case K_BIG_INTEGER:
      if (typeof value === "bigint") return value.toString();
      // BigInt() spells large integers out in full where String() would switch to "1e+21".
      if (Number.isInteger(value)) return BigInt(value).toString();
      if (typeof value === "string" && JSON_INTEGER.test(value)) return value;
      break;
    case K_BIG_DECIMAL:
      if (typeof value === "string" && JSON_NUMBER.test(value)) return value;
      if (typeof value === "bigint") return value.toString();
      if (typeof value === "number" && Number.isFinite(value)) return String(value);
      break;
    case K_BLOB:
      if (value instanceof Uint8Array) return `"${toBase64(value)}"`;
      if (typeof value === "string") return `"${toBase64(fromUtf8(value))}"`;
      break;
    case K_TIMESTAMP: {
      const text = writeTimestamp(slot, value);
      if (text !== undefined) return text;
      break;
    }
    case K_DOCUMENT: {
      const text = JSON.stringify(value);
      if (text !== undefined) return text;
      break;
    }
    case K_STRUCTURE:
      if (typeof value === "object") return writeStructure(targetPlan(slot), value, depth + 1);
      break;
    case K_UNION:
      if (typeof value === "object") return writeUnion(targetPlan(slot), value, depth + 1);
      break;
    case K_LIST:
      if (Array.isArray(value)) return writeList(targetPlan(slot), value, depth + 1);
      break;
    case K_MAP:
      if (typeof value === "object" && !Array.isArray(value)) return writeMap(targetPlan(slot), value, depth + 1);
      break;
  }
  throw new TypeError(
    `${owner.schema.name}${slot.name ? `.${slot.name}` : " entry"}: cannot serialize a ${typeof value} as ${
      KIND_NAMES[slot.kind]
    }`,
  );
};

/** Date, epoch seconds, or an RFC 3339 string, written in the member's @timestampFormat. */
const writeTimestamp = (slot: Slot, value: unknown): string | undefined => {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    // Numbers already are epoch seconds: write them as given rather than round-tripping through Date.
    if (slot.format === "epoch-seconds") return String(value);
    date = fromEpochSeconds(value);
  } else if (typeof value === "string") date = parseDateTime(value);
  if (date === undefined || Number.isNaN(date.getTime())) return undefined;
  switch (slot.format) {
    case "date-time":
      return `"${toDateTime(date)}"`;
    case "http-date":
      return `"${toHttpDate(date)}"`;
    default:
      return String(date.getTime() / 1000);
  }
};

const KIND_NAMES = [
  "string",
  "boolean",
  "integer",
  "float",
  "bigInteger",
  "bigDecimal",
  "blob",
  "timestamp",
  "document",
  "structure",
  "list",
  "map",
  "union",
];

const tooDeep = (plan: Plan): TypeError =>
  new TypeError(`${plan.schema.name}: input nested more than ${MAX_DEPTH} levels deep (is it cyclic?)`);
