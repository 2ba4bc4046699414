import { T, type AstMember, type AstModel, type AstRef, type AstShape, type Traits } from "./ast.js";
import { prelude, UNIT } from "./prelude.js";

export type ShapeType =
  | "blob" | "boolean" | "string" | "enum" | "byte" | "short" | "integer" | "intEnum" | "long"
  | "float" | "double" | "bigInteger" | "bigDecimal" | "timestamp" | "document"
  | "list" | "map" | "structure" | "union" | "operation" | "service" | "resource";

export interface Member {
  readonly name: string;
  /** The member's own traits; see `memberTrait` for the merged view. */
  readonly traits: Traits;
  readonly target: Shape;
}

export interface Shape {
  readonly id: string;
  /** The id without its namespace: the name generated code uses. */
  readonly name: string;
  readonly type: ShapeType;
  readonly traits: Traits;
  /** structure, union, enum and intEnum members, in model order. */
  readonly members: readonly Member[];
  /** list */
  readonly member?: Member;
  /** map */
  readonly key?: Member;
  readonly value?: Member;
  readonly ast: AstShape;
}

export interface Operation {
  readonly shape: Shape;
  readonly name: string;
  /** Absent when the model says `smithy.api#Unit` or nothing. */
  readonly input?: Shape;
  readonly output?: Shape;
  /** The operation's errors, then the service's, without repeats. */
  readonly errors: readonly Shape[];
}

const SIMPLE = new Set([
  "blob", "boolean", "string", "enum", "byte", "short", "integer", "intEnum", "long",
  "float", "double", "bigInteger", "bigDecimal", "timestamp", "document",
]);
const KNOWN = new Set([...SIMPLE, "list", "set", "map", "structure", "union", "operation", "service", "resource"]);

/**
 * A member trait wins over the same trait on the member's target, as for constraint traits.
 * A member's `null` (as in `@default(null)`) wins too: it removes the target's value.
 */
export const memberTrait = (member: Member, id: string): unknown =>
  member.traits[id] !== undefined ? member.traits[id] : member.target.traits[id];

export const hasTrait = (holder: { traits: Traits }, id: string): boolean => holder.traits[id] !== undefined;

/**
 * The model's shapes with every target resolved (prelude included), mixins flattened and `apply`
 * statements applied. Read-only once built.
 */
export class ShapeGraph {
  readonly #shapes = new Map<string, Shape>();

  constructor(model: AstModel) {
    if (!model || typeof model !== "object" || !model.shapes) throw new Error("not a Smithy JSON AST: no `shapes`");
    const ast: Record<string, AstShape> = { ...prelude };
    const applies: [string, Traits][] = [];
    for (const [id, shape] of Object.entries(model.shapes)) {
      if (shape.type === "apply") applies.push([id, shape.traits ?? {}]);
      else ast[id] = shape;
    }
    const flat = new Map<string, AstShape>();
    const flatten = (id: string, seen: string[] = []): AstShape => {
      const done = flat.get(id);
      if (done) return done;
      const shape = ast[id];
      if (!shape) throw new Error(`shape ${id} is targeted but not defined`);
      if (seen.includes(id)) throw new Error(`mixin cycle through ${id}`);
      const result = shape.mixins?.length ? withMixins(shape, shape.mixins.map((m) => flatten(m.target, [...seen, id]))) : shape;
      flat.set(id, result);
      return result;
    };
    for (const id of Object.keys(ast)) flatten(id);
    for (const [target, traits] of applies) applyTraits(flat, target, traits);

    for (const [id, shape] of flat) {
      if (!KNOWN.has(shape.type)) throw new Error(`shape ${id} has unknown type "${shape.type}"`);
      this.#shapes.set(id, {
        id,
        name: id.slice(id.indexOf("#") + 1),
        type: normalizeType(shape),
        traits: shape.traits ?? {},
        members: [],
        ast: shape,
      });
    }
    for (const shape of this.#shapes.values()) this.#link(shape as Mutable<Shape>);
  }

  /** Every shape, prelude included, in model order. */
  get shapes(): IterableIterator<Shape> {
    return this.#shapes.values();
  }

  get(id: string): Shape {
    const shape = this.#shapes.get(id);
    if (!shape) throw new Error(`shape ${id} is targeted but not defined`);
    return shape;
  }

  /** The one service shape in the model (or the one named `id`). */
  service(id?: string): Shape {
    if (id) return this.get(id);
    const services = [...this.#shapes.values()].filter((s) => s.type === "service");
    if (services.length !== 1) throw new Error(`expected exactly one service shape, found ${services.length}`);
    return services[0]!;
  }

  /** The service's operations, its resources' operations included, sorted by name. */
  operations(service: Shape): Operation[] {
    const ids = new Set<string>();
    const visitResource = (shape: AstShape): void => {
      for (const ref of [shape.create, shape.put, shape.read, shape.update, shape.delete, shape.list]) if (ref) ids.add(ref.target);
      for (const ref of [...(shape.operations ?? []), ...(shape.collectionOperations ?? [])]) ids.add(ref.target);
      for (const ref of shape.resources ?? []) visitResource(this.get(ref.target).ast);
    };
    visitResource(service.ast);
    const serviceErrors = (service.ast.errors ?? []).map((ref) => this.get(ref.target));
    return [...ids]
      .map((id) => this.get(id))
      .sort((a, b) => compare(a.name, b.name))
      .map((shape) => {
        const ref = (r: AstRef | undefined) => (r && r.target !== UNIT ? this.get(r.target) : undefined);
        const errors = [...(shape.ast.errors ?? []).map((r) => this.get(r.target)), ...serviceErrors];
        return { shape, name: shape.name, input: ref(shape.ast.input), output: ref(shape.ast.output), errors: [...new Set(errors)] };
      });
  }

  /** Every data shape the operations use, directly or through members, sorted by name. */
  closure(operations: readonly Operation[]): Shape[] {
    const seen = new Map<string, Shape>();
    const visit = (shape: Shape): void => {
      if (seen.has(shape.id)) return;
      seen.set(shape.id, shape);
      // Enum members target smithy.api#Unit, which is no data shape.
      if (shape.type === "enum" || shape.type === "intEnum") return;
      for (const member of [...shape.members, shape.member, shape.key, shape.value]) if (member) visit(member.target);
    };
    for (const op of operations) for (const shape of [op.input, op.output, ...op.errors]) if (shape) visit(shape);
    const shapes = [...seen.values()];
    const byName = new Map<string, string>();
    for (const shape of shapes) {
      const other = byName.get(shape.name);
      if (other && other !== shape.id && isNamed(shape)) throw new Error(`two shapes are named ${shape.name}: ${other} and ${shape.id}`);
      if (isNamed(shape)) byName.set(shape.name, shape.id);
    }
    return shapes.sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
  }

  #link(shape: Mutable<Shape>): void {
    const member = (name: string, ast: AstMember): Member => ({ name, traits: ast.traits ?? {}, target: this.get(ast.target) });
    const { ast } = shape;
    if (shape.type === "enum" && !ast.members) {
      // Smithy 1.0 `@enum` on a string: the same thing as a 2.0 enum shape.
      const defs = (shape.traits[T.enum] as { value: string; name?: string }[]) ?? [];
      shape.members = defs.map((def) => ({
        name: def.name ?? enumKeyFromValue(def.value),
        traits: { [T.enumValue]: def.value },
        target: this.get("smithy.api#Unit"),
      }));
      return;
    }
    shape.members = Object.entries(ast.members ?? {}).map(([name, m]) => member(name, m));
    if (ast.member) shape.member = member("member", ast.member);
    if (ast.key) shape.key = member("key", ast.key);
    if (ast.value) shape.value = member("value", ast.value);
  }
}

type Mutable<X> = { -readonly [K in keyof X]: X[K] };

/** Code-point order, so output never depends on the machine's locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Shapes that get their own generated name (simple shapes are inlined). */
const isNamed = (shape: Shape): boolean => !SIMPLE.has(shape.type) || shape.type === "enum" || shape.type === "intEnum";

const normalizeType = (shape: AstShape): ShapeType => {
  if (shape.type === "set") return "list";
  if (shape.type === "string" && Array.isArray(shape.traits?.[T.enum])) return "enum";
  return shape.type as ShapeType;
};

const enumKeyFromValue = (value: string): string => value.replace(/[^A-Za-z0-9]+/g, "_").replace(/^(\d)/, "_$1").toUpperCase() || "_";

/** Mixin members come first, in mixin order; the shape's own traits win over its mixins'. */
const withMixins = (shape: AstShape, mixins: AstShape[]): AstShape => {
  const members: Record<string, AstMember> = {};
  let traits: Record<string, unknown> = {};
  for (const mixin of mixins) {
    for (const [name, m] of Object.entries(mixin.members ?? {})) members[name] = m;
    const { [T.mixin]: _mixin, ...inherited } = mixin.traits ?? {};
    traits = { ...traits, ...inherited };
  }
  for (const [name, m] of Object.entries(shape.members ?? {})) {
    const inherited = members[name];
    members[name] = inherited ? { ...m, traits: { ...inherited.traits, ...m.traits } } : m;
  }
  const { mixins: _ignored, ...rest } = shape;
  const result: AstShape = { ...rest, traits: { ...traits, ...shape.traits } };
  if (Object.keys(members).length > 0) return { ...result, members };
  // A list or map mixin supplies its member/key/value unless the shape has its own.
  const part = (name: "member" | "key" | "value") => shape[name] ?? mixins.find((m) => m[name])?.[name];
  const [member, key, value] = [part("member"), part("key"), part("value")];
  return { ...result, ...(member && { member }), ...(key && { key }), ...(value && { value }) };
};

/** `apply` adds traits to a shape or to one member (`ns#Shape$member`). */
const applyTraits = (shapes: Map<string, AstShape>, target: string, traits: Traits): void => {
  const [shapeId, memberName] = target.split("$") as [string, string | undefined];
  const shape = shapes.get(shapeId);
  if (!shape) throw new Error(`apply targets undefined shape ${target}`);
  if (memberName === undefined) {
    shapes.set(shapeId, { ...shape, traits: { ...shape.traits, ...traits } });
    return;
  }
  const where = shape.members?.[memberName] ? "members" : (["member", "key", "value"] as const).find((k) => k === memberName);
  if (where === "members") {
    const m = shape.members![memberName]!;
    shapes.set(shapeId, { ...shape, members: { ...shape.members, [memberName]: { ...m, traits: { ...m.traits, ...traits } } } });
  } else if (where && shape[where]) {
    const m = shape[where]!;
    shapes.set(shapeId, { ...shape, [where]: { ...m, traits: { ...m.traits, ...traits } } });
  } else throw new Error(`apply targets undefined member ${target}`);
};
