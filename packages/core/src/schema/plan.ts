import type { AggregateSchema, Codec, MemberSchema } from "./types.js";

// What the walkers derive from a schema, computed once per schema object and kept in a WeakMap,
// so a call pays for property reads and a switch on small integers, not for schema inspection.

export const K_STRING = 0;
export const K_BOOLEAN = 1;
export const K_INTEGER = 2;
/** Any other simple kind: the member's codec does the work. */
export const K_CODEC = 3;
export const K_STRUCTURE = 4;
export const K_UNION = 5;
export const K_LIST = 6;
export const K_MAP = 7;

/** Kind strings of simple and aggregate targets; the two sets share no name. */
const KINDS: Readonly<Record<string, number>> = {
  string: K_STRING,
  boolean: K_BOOLEAN,
  integer: K_INTEGER,
  structure: K_STRUCTURE,
  union: K_UNION,
  list: K_LIST,
  map: K_MAP,
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
  /** The aggregate target, resolved from its thunk. */
  readonly target: AggregateSchema | undefined;
  readonly codec: Codec | undefined;
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
  const codec = typeof ref === "object" ? ref : undefined;
  const kind = codec ? K_CODEC : KINDS[target ? target.kind : (ref as string)];
  if (kind === undefined) throw new TypeError(`unknown schema kind for member ${name || "(element)"}`);
  const quoted = JSON.stringify(name);
  return {
    name,
    prefix: `${quoted}:`,
    commaPrefix: `,${quoted}:`,
    inherited: name in Object.prototype,
    member,
    kind,
    target,
    codec,
    convert: target !== undefined || codec?.read !== undefined,
    sub: undefined,
    regex: undefined,
  };
};

export const planOf = (schema: AggregateSchema): Plan => {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const slots =
      schema.kind === "list"
        ? [makeSlot("", schema.member)]
        : schema.kind === "map"
          ? [makeSlot("", schema.key), makeSlot("", schema.value)]
          : Object.keys(schema.members).map((name) => makeSlot(name, schema.members[name]!));
    // A union is written with its first member set in model order, so only structures reorder.
    const wireSlots =
      schema.kind === "structure"
        ? [...slots.filter((slot) => slot.member.required), ...slots.filter((slot) => !slot.member.required)]
        : slots;
    plan = { schema, kind: KINDS[schema.kind]!, slots, wireSlots, sparse: "sparse" in schema && schema.sparse === true };
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

/** "Shape.Member", or "Shape entry" for a list member or map value: where a (de)serialization error happened. */
export const slotPath = (owner: Plan, slot: Slot): string =>
  owner.schema.name + (slot.name ? `.${slot.name}` : " entry");

/** The kind a slot holds, for messages. */
export const kindOf = (slot: Slot): string => slot.codec?.kind ?? slot.target?.kind ?? (slot.member.target as string);

export const tooDeep = (plan: Plan, what: string): TypeError =>
  new TypeError(`${plan.schema.name}: ${what} nested more than ${MAX_DEPTH} levels deep`);
