import type { AggregateSchema, MemberSchema, TimestampFormat } from "./types.js";

// What the walkers derive from a schema, computed once per schema object and kept in a WeakMap,
// so a call pays for property reads and a switch on small integers, not for schema inspection.

export const K_STRING = 0;
export const K_BOOLEAN = 1;
export const K_INTEGER = 2;
export const K_FLOAT = 3;
export const K_BIG_INTEGER = 4;
export const K_BIG_DECIMAL = 5;
export const K_BLOB = 6;
export const K_TIMESTAMP = 7;
export const K_DOCUMENT = 8;
export const K_STRUCTURE = 9;
export const K_LIST = 10;
export const K_MAP = 11;
export const K_UNION = 12;

const SIMPLE_KINDS: Readonly<Record<string, number>> = {
  string: K_STRING,
  boolean: K_BOOLEAN,
  integer: K_INTEGER,
  float: K_FLOAT,
  bigInteger: K_BIG_INTEGER,
  bigDecimal: K_BIG_DECIMAL,
  blob: K_BLOB,
  timestamp: K_TIMESTAMP,
  document: K_DOCUMENT,
};
const AGGREGATE_KINDS: Readonly<Record<string, number>> = {
  structure: K_STRUCTURE,
  list: K_LIST,
  map: K_MAP,
  union: K_UNION,
};

/** One member of a structure or union, or the member/key/value of a list or map. */
export interface Slot {
  /** Member name; "" for list members and map keys/values. */
  readonly name: string;
  /** `"Name":` and `,"Name":`, the JSON text written before the value. */
  readonly prefix: string;
  readonly commaPrefix: string;
  /**
   * The name collides with something every object inherits ("constructor", "toString", …), so
   * reading it must check own properties; writing "__proto__" must define rather than assign.
   */
  readonly inherited: boolean;
  readonly member: MemberSchema;
  readonly kind: number;
  /** The aggregate target, resolved from its thunk; undefined for simple targets. */
  readonly target: AggregateSchema | undefined;
  readonly format: TimestampFormat;
  /** Deserialization must do more than copy the value (convert it, or walk into it). */
  readonly convert: boolean;
  /** The target's plan, filled on first use. */
  sub: Plan | undefined;
  /** The compiled @pattern, filled on first use (null: it does not compile). */
  regex: RegExp | null | undefined;
}

export interface Plan {
  readonly schema: AggregateSchema;
  readonly kind: number;
  /** Structure/union members in model order; [member] for lists; [key, value] for maps. */
  readonly slots: readonly Slot[];
  /**
   * The order members go on the wire: @required members first, then the others, each group in
   * model order. The official SDK's schemas list members that way, so bodies match it byte for byte.
   */
  readonly wireSlots: readonly Slot[];
  readonly sparse: boolean;
}

/** Aggregates nested deeper than this are refused rather than risking a stack overflow on hostile input. */
export const MAX_DEPTH = 100;

const plans = /* @__PURE__ */ new WeakMap<AggregateSchema, Plan>();

const makeSlot = (name: string, member: MemberSchema): Slot => {
  const ref = member.target;
  const target = typeof ref === "function" ? ref() : undefined;
  const kind = target === undefined ? SIMPLE_KINDS[ref as string] : AGGREGATE_KINDS[target.kind];
  if (kind === undefined) {
    throw new TypeError(`unknown schema kind for member ${name || "(element)"}`);
  }
  const quoted = JSON.stringify(name);
  return {
    name,
    prefix: `${quoted}:`,
    commaPrefix: `,${quoted}:`,
    inherited: name in Object.prototype,
    member,
    kind,
    target,
    format: member.timestampFormat ?? "epoch-seconds",
    convert: kind > K_INTEGER && kind !== K_DOCUMENT,
    sub: undefined,
    regex: undefined,
  };
};

export const planOf = (schema: AggregateSchema): Plan => {
  let plan = plans.get(schema);
  if (plan === undefined) {
    let slots: Slot[];
    switch (schema.kind) {
      case "structure":
      case "union":
        slots = Object.keys(schema.members).map((name) => makeSlot(name, schema.members[name]!));
        break;
      case "list":
        slots = [makeSlot("", schema.member)];
        break;
      case "map":
        slots = [makeSlot("", schema.key), makeSlot("", schema.value)];
        break;
      default:
        throw new TypeError("not an aggregate schema");
    }
    const required = slots.filter((slot) => slot.member.required === true);
    const wireSlots = [...required, ...slots.filter((slot) => slot.member.required !== true)];
    const sparse = "sparse" in schema && schema.sparse === true;
    plan = { schema, kind: AGGREGATE_KINDS[schema.kind]!, slots, wireSlots, sparse };
    plans.set(schema, plan);
  }
  return plan;
};

/** Sub-plans by target schema; a recursive shape finds its own plan here instead of recursing at build time. */
export const targetPlan = (slot: Slot): Plan => (slot.sub ??= planOf(slot.target!));

/** Reads a member without picking up inherited properties such as Object.prototype.constructor. */
export const readMember = (obj: any, slot: Slot): unknown =>
  slot.inherited ? (Object.prototype.hasOwnProperty.call(obj, slot.name) ? obj[slot.name] : undefined) : obj[slot.name];

/** Sets a key that may be "__proto__" without changing the object's prototype. */
export const defineKey = (obj: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
};
