import type { AggregateSchema, Codec, MemberSchema } from "./types.js";

// What the walkers derive from a schema, computed once per schema object and kept in a WeakMap,
// so a call pays for property reads, not for schema inspection. Kinds stay the schema's own
// strings: V8 compares those literals by pointer, and a table of numeric codes cost more bytes
// than it saved time.

/** One member of a structure or union, or the member/key/value of a list or map. */
export interface Slot {
  /** Member name; "" for list members and map keys/values. */
  readonly name: string;
  /** `"Name":` and `,"Name":`, the JSON text written before the value. */
  readonly key: string;
  readonly commaKey: string;
  /**
   * The name collides with something every object inherits ("constructor", "toString", …), so
   * reading it must check own properties; writing "__proto__" must define rather than assign.
   */
  readonly inherited: boolean;
  readonly member: MemberSchema;
  /** "string", "boolean", "integer", the aggregate target's kind or the codec's kind. */
  readonly kind: string;
  /** The aggregate target, resolved from its thunk. */
  readonly target: AggregateSchema | undefined;
  readonly codec: Codec | undefined;
  /** The target's plan, filled on first use. */
  sub: Plan | undefined;
  /** The compiled @pattern, or its ASCII twin when it has one; filled on first use (null: it does not compile). */
  regex: RegExp | null | undefined;
}

export interface Plan {
  readonly schema: AggregateSchema;
  readonly kind: AggregateSchema["kind"];
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
  const key = `${JSON.stringify(name)}:`;
  return {
    name,
    key,
    commaKey: `,${key}`,
    inherited: name in Object.prototype,
    member,
    kind: (target ?? codec)?.kind ?? (ref as string),
    target,
    codec,
    sub: undefined,
    regex: undefined,
  };
};

export const planOf = (schema: AggregateSchema): Plan => {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const kind = schema.kind;
    const slots =
      kind === "list"
        ? [makeSlot("", schema.member)]
        : kind === "map"
          ? [makeSlot("", schema.key), makeSlot("", schema.value)]
          : Object.keys(schema.members).map((name) => makeSlot(name, schema.members[name]!));
    // A union is written with its first member set in model order, so only structures reorder.
    const wireSlots =
      kind === "structure"
        ? slots.filter((slot) => slot.member.required).concat(slots.filter((slot) => !slot.member.required))
        : slots;
    plans.set(schema, (plan = { schema, kind, slots, wireSlots, sparse: (schema as { sparse?: true }).sparse === true }));
  }
  return plan;
};

/** Sub-plans by target schema; a recursive shape finds its own plan here instead of recursing at build time. */
export const targetPlan = (slot: Slot): Plan => (slot.sub ??= planOf(slot.target!));

/** Reads a member without picking up inherited properties such as Object.prototype.constructor. */
export const readMember = (obj: any, slot: Slot): unknown =>
  !slot.inherited || Object.prototype.hasOwnProperty.call(obj, slot.name) ? obj[slot.name] : undefined;

/** Sets a key that may be "__proto__" without changing the object's prototype. */
export const defineKey = (obj: Record<string, unknown>, key: string, value: unknown): void => {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
};

/** A (de)serialization error naming where it happened ("Shape.Member", or "Shape entry" in a list or map), never the value. */
export const slotError = (owner: Plan, slot: Slot, message: string): TypeError =>
  new TypeError(`${owner.schema.name}${slot.name ? `.${slot.name}` : " entry"}: ${message}`);

export const tooDeep = (plan: Plan, what: string): TypeError =>
  new TypeError(`${plan.schema.name}: ${what} nested more than ${MAX_DEPTH} levels deep`);
