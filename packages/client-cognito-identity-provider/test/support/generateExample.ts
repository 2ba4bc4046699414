import type { Member, Shape } from "@lithe/codegen";
import { NormalizedSchema } from "@smithy/core/schema";
import { exampleString } from "./exampleString.js";
import type { SeededRandom } from "./seededRandom.js";

/** A generated value as a caller passes it (`Date`, `Uint8Array`) and as awsJson 1.1 carries it. */
export interface Example {
  value: unknown;
  wire: unknown;
}

/** A shape as lithe's model reaches it: through a member, whose traits win over its target's. */
interface ModelNode {
  shape: Shape;
  traits: Readonly<Record<string, unknown>>;
}

const trait = {
  length: "smithy.api#length",
  pattern: "smithy.api#pattern",
  range: "smithy.api#range",
  enumValue: "smithy.api#enumValue",
  timestampFormat: "smithy.api#timestampFormat",
} as const;

const nodeOf = (member: Member): ModelNode => ({ shape: member.target, traits: { ...member.target.traits, ...member.traits } });

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** Quarter seconds: epoch seconds carry them exactly (a binary fraction); the other formats get whole seconds. */
const exampleDate = (random: SeededRandom, format: unknown) => {
  const ms = format === undefined || format === "epoch-seconds" ? random.pick([0, 250, 500, 750]) : 0;
  return new Date(Date.UTC(2025, random.int(0, 11), random.int(1, 28), random.int(0, 23), random.int(0, 59), random.int(0, 59), ms));
};

const timestampWire = (date: Date, format: unknown) =>
  format === "date-time" ? date.toISOString().replace(".000Z", "Z") : format === "http-date" ? date.toUTCString() : date.getTime() / 1000;

const exampleBytes = (random: SeededRandom) => Uint8Array.from({ length: random.int(4, 12) }, () => random.int(0, 255));

const exampleDocument = (random: SeededRandom, word: string) => ({ name: word, count: random.int(1, 99), flags: [true, false], nested: { ratio: 0.5 } });

/** How many items a list or map gets: at least 2, within its @length. */
const sizeWithin = (length: { min?: number; max?: number } | undefined) => Math.min(Math.max(2, length?.min ?? 0), length?.max ?? Infinity);

/**
 * Generates a value for every member of a shape, recursively, from lithe's model (`node`), honouring
 * @length, @pattern and @range so that lithe's validation passes, with valid enum values. `official`
 * is the same shape in the official client's schema: members it knows that lithe's model does not
 * are generated from it too, so that a stale model shows as a difference on the wire instead of
 * passing unnoticed.
 */
export const generateExample = (
  node: ModelNode | undefined,
  official: NormalizedSchema | undefined,
  random: SeededRandom,
  path: string,
): Example => {
  if (!node) return generateFromOfficial(official!, random, path);
  const { shape, traits } = node;
  const length = traits[trait.length] as { min?: number; max?: number } | undefined;
  switch (shape.type) {
    case "structure":
    case "union": {
      const officialMembers = new Map(official?.isStructSchema() ? official.structIterator() : []);
      const chosen = shape.type === "union" ? [random.pick(shape.members)] : shape.members;
      const value: Record<string, unknown> = {};
      const wire: Record<string, unknown> = {};
      for (const member of chosen) {
        const example = generateExample(nodeOf(member), officialMembers.get(member.name), random, `${path}.${member.name}`);
        value[member.name] = example.value;
        wire[member.name] = example.wire;
      }
      if (shape.type === "structure") {
        for (const [name, schema] of officialMembers) {
          if (shape.members.some((m) => m.name === name)) continue;
          const example = generateFromOfficial(schema, random, `${path}.${name}`);
          value[name] = example.value;
          wire[name] = example.wire;
        }
      }
      return { value, wire };
    }
    case "list": {
      const items = Array.from({ length: sizeWithin(length) }, (_, i) =>
        generateExample(nodeOf(shape.member!), official?.isListSchema() ? official.getValueSchema() : undefined, random, `${path}[${i}]`),
      );
      return { value: items.map((item) => item.value), wire: items.map((item) => item.wire) };
    }
    case "map": {
      const value: Record<string, unknown> = {};
      const wire: Record<string, unknown> = {};
      const officialValue = official?.isMapSchema() ? official.getValueSchema() : undefined;
      for (let tries = 0; Object.keys(value).length < sizeWithin(length); tries++) {
        if (tries > 20) throw new Error(`${path}: cannot generate distinct map keys`);
        const key = generateExample(nodeOf(shape.key!), undefined, random, `${path}{key}`).value as string;
        if (key in value) continue;
        const entry = generateExample(nodeOf(shape.value!), officialValue, random, `${path}[${JSON.stringify(key)}]`);
        value[key] = entry.value;
        wire[key] = entry.wire;
      }
      return { value, wire };
    }
    case "enum":
    case "intEnum": {
      const chosen = random.pick(shape.members).traits[trait.enumValue];
      return { value: chosen, wire: chosen };
    }
    case "string": {
      const text = exampleString(random, { ...length, pattern: traits[trait.pattern] as string | undefined }, path);
      return { value: text, wire: text };
    }
    case "boolean": {
      const flag = random.pick([true, false]);
      return { value: flag, wire: flag };
    }
    case "byte":
    case "short":
    case "integer":
    case "long": {
      const range = traits[trait.range] as { min?: number; max?: number } | undefined;
      const min = range?.min ?? 1;
      const n = random.int(min, Math.min(range?.max ?? min + 999, min + 999));
      return { value: n, wire: n };
    }
    case "float":
    case "double": {
      const n = random.int(1, 999) + 0.5;
      return { value: n, wire: n };
    }
    case "timestamp": {
      const format = traits[trait.timestampFormat];
      const date = exampleDate(random, format);
      return { value: date, wire: timestampWire(date, format) };
    }
    case "blob": {
      const bytes = exampleBytes(random);
      return { value: bytes, wire: base64(bytes) };
    }
    case "document": {
      const document = exampleDocument(random, exampleString(random, {}, path));
      return { value: document, wire: document };
    }
    default:
      throw new Error(`${path}: shape ${shape.id} of type ${shape.type} has no example generator`);
  }
};

/** For members only the official client knows: no constraints to honour, since lithe drops them unchecked. */
const generateFromOfficial = (schema: NormalizedSchema, random: SeededRandom, path: string): Example => {
  if (schema.isStructSchema()) {
    const members = [...schema.structIterator()];
    const value: Record<string, unknown> = {};
    const wire: Record<string, unknown> = {};
    for (const [name, member] of schema.isUnionSchema() ? [members[0]!] : members) {
      const example = generateFromOfficial(member, random, `${path}.${name}`);
      value[name] = example.value;
      wire[name] = example.wire;
    }
    return { value, wire };
  }
  if (schema.isListSchema()) {
    const items = [0, 1].map((i) => generateFromOfficial(schema.getValueSchema(), random, `${path}[${i}]`));
    return { value: items.map((item) => item.value), wire: items.map((item) => item.wire) };
  }
  if (schema.isMapSchema()) {
    const value: Record<string, unknown> = {};
    const wire: Record<string, unknown> = {};
    for (const key of ["first", "second"]) {
      const entry = generateFromOfficial(schema.getValueSchema(), random, `${path}[${key}]`);
      value[key] = entry.value;
      wire[key] = entry.wire;
    }
    return { value, wire };
  }
  if (schema.isTimestampSchema()) {
    const format = ({ 5: "date-time", 6: "http-date" } as Record<number, string>)[schema.getSchema() as number];
    const date = exampleDate(random, format);
    return { value: date, wire: timestampWire(date, format) };
  }
  if (schema.isBlobSchema()) {
    const bytes = exampleBytes(random);
    return { value: bytes, wire: base64(bytes) };
  }
  const simple = schema.isStringSchema()
    ? exampleString(random, {}, path)
    : schema.isBooleanSchema()
      ? random.pick([true, false])
      : schema.isNumericSchema()
        ? random.int(1, 999)
        : schema.isDocumentSchema()
          ? exampleDocument(random, exampleString(random, {}, path))
          : undefined;
  if (simple === undefined) throw new Error(`${path}: the official schema ${String(schema.getName(true))} has no example generator`);
  return { value: simple, wire: simple };
};

/** The entry point for an operation's input or output structure. */
export const exampleOf = (shape: Shape | undefined, official: NormalizedSchema | undefined, random: SeededRandom, path: string): Example =>
  shape ? generateExample({ shape, traits: shape.traits }, official, random, path) : official && !official.isUnitSchema()
    ? generateFromOfficial(official, random, path)
    : { value: {}, wire: {} };
