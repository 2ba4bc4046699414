// Converts the official JS client's static schemas (dist-es/schemas/schemas_0.js, @smithy/core/schema
// tuples) to Smithy shapes. Shared by officialClientOperations.mjs (whole operations) and
// officialClientMembers.mjs (members added to shapes the model already has).
// The schemas carry no @length/@range/@pattern, and say "number" for every integer kind.
import { UNIT } from "./botocoreToSmithy.mjs";

// Schema kinds and numeric type codes of @smithy/core/schema (schemas/sentinels.js).
export const KIND = { simple: 0, list: 1, map: 2, structure: 3, union: 4, error: -3, operation: 9 };
const PRELUDE = {
  0: "smithy.api#String",
  1: "smithy.api#Integer", // NUMERIC: the schemas do not tell integer from long; JSON carries either the same
  2: "smithy.api#Boolean",
  4: "smithy.api#Timestamp",
  15: "smithy.api#Document",
  17: "smithy.api#BigInteger",
  19: "smithy.api#BigDecimal",
  21: "smithy.api#Blob",
};
const TIMESTAMP_FORMATS = { 5: "date-time", 6: "http-date", 7: "epoch-seconds" };
// A list or map of a simple type has no schema of its own, only a code: 64 | element, 128 | value.
const LIST_BIT = 64;
const MAP_BIT = 128;
// translateTraits(): the bit order of a numeric traits indicator.
const TRAIT_BITS = ["httpLabel", "idempotent", "idempotencyToken", "sensitive", "httpPayload", "httpResponseCode", "httpQueryParams"];

export const deref = (ref) => (typeof ref === "function" ? ref() : ref);

/**
 * A converter that adds to `added` every shape a converted schema needs and `existing` lacks. A shape the
 * model already has (same id) is reused as it is, so shared shapes keep the botocore constraints.
 */
export function officialClientShapes(client, { namespace, existing }) {
  const added = {};
  const id = (name) => `${namespace}#${name}`;
  const lookup = (shapeId) => existing[shapeId] ?? added[shapeId];

  const enumShape = (name) => {
    const shapeId = id(name);
    if (lookup(shapeId)) return shapeId;
    const values = client.enums[name];
    if (!values) throw new Error(`The official client has no enum ${name}`);
    const members = {};
    for (const [memberName, value] of Object.entries(values)) members[memberName] = { target: UNIT, traits: { "smithy.api#enumValue": value } };
    added[shapeId] = { type: "enum", members };
    return shapeId;
  };

  /** The target of a simple schema code; `typeName` is the member's TypeScript type, to find enums. */
  const simpleTarget = (code, typeName) => {
    if (code === 0 && typeName && client.enums[typeName]) return enumShape(typeName);
    const prelude = PRELUDE[code] ?? (TIMESTAMP_FORMATS[code] ? "smithy.api#Timestamp" : undefined);
    if (!prelude) throw new Error(`Unknown schema code ${code}`);
    return prelude;
  };

  /**
   * A list or map known only by its code. The same member name elsewhere in the model, over the same
   * element, names it (e.g. AvailableChallenges → AvailableChallengeListType); otherwise a new
   * unconstrained shape `<Member>Type`, as Cognito names its collections (e.g. AcrMappingType).
   */
  const collection = (code, { structure, member: memberName, typeName }) => {
    const isList = (code & LIST_BIT) !== 0;
    const elementType = isList ? typeName?.match(/^(\w+)\[\]$/)?.[1] : typeName?.match(/^Record<string, (\w+)>$/)?.[1];
    const element = { target: simpleTarget(code & (LIST_BIT - 1), elementType) };
    const wanted = isList ? { type: "list", member: element } : { type: "map", key: { target: "smithy.api#String" }, value: element };
    const sameElement = (shape) =>
      shape?.type === wanted.type && (isList ? shape.member.target === element.target : shape.value.target === element.target);
    const all = { ...existing, ...added };
    const reused = Object.values(all)
      .filter((s) => s.type === "structure" || s.type === "union")
      .map((s) => s.members?.[memberName]?.target)
      .find((target) => target && sameElement(all[target]));
    if (reused) return reused;
    for (const name of [`${memberName}Type`, `${structure}${memberName}Type`]) {
      const shapeId = id(name);
      if (!lookup(shapeId)) added[shapeId] = wanted;
      if (JSON.stringify(lookup(shapeId)) === JSON.stringify(wanted)) return shapeId;
    }
    throw new Error(`${structure}.${memberName}: no free name for its ${wanted.type}`);
  };

  const traitsOf = (indicator) => {
    const traits = {};
    const named = typeof indicator === "object" ? indicator : Object.fromEntries(TRAIT_BITS.filter((_, i) => (indicator >> i) & 1).map((t) => [t, 1]));
    for (const key of Object.keys(named)) {
      if (key === "sensitive") traits["smithy.api#sensitive"] = {};
      else if (key === "idempotencyToken") traits["smithy.api#idempotencyToken"] = {};
      else if (key === "error" || key === "httpError") continue;
      else throw new Error(`Trait ${key} is not supported`);
    }
    return traits;
  };

  /** The id of the shape for a list, map, structure, union or named simple schema, converted if new. */
  const shape = (schema) => {
    const [kind, ns, name, traitIndicator] = schema;
    if (ns !== namespace) throw new Error(`${name} is in ${ns}, not ${namespace}`);
    const shapeId = id(name);
    if (lookup(shapeId)) return shapeId;
    const traits = traitsOf(traitIndicator);
    if (kind === KIND.simple) {
      const base = simpleTarget(deref(schema[4]));
      added[shapeId] = { type: base.split("#")[1].toLowerCase() };
    } else if (kind === KIND.list) {
      added[shapeId] = { type: "list" };
      added[shapeId].member = member(schema[4], { structure: name, member: "member" });
    } else if (kind === KIND.map) {
      added[shapeId] = { type: "map" };
      added[shapeId].key = member(schema[4], { structure: name, member: "key" });
      added[shapeId].value = member(schema[5], { structure: name, member: "value" });
    } else if (kind === KIND.structure || kind === KIND.union || kind === KIND.error) {
      added[shapeId] = { type: kind === KIND.union ? "union" : "structure", members: {} };
      for (const [memberName, m] of structureMembers(schema)) added[shapeId].members[memberName] = m;
    } else {
      throw new Error(`${name}: schema kind ${kind} is not supported`);
    }
    if (Object.keys(traits).length) added[shapeId].traits = traits;
    return shapeId;
  };

  /** [name, Smithy member] of a structure schema (those `only` names, or all), in the schema's order. */
  const structureMembers = (schema, only = schema[4]) => {
    const [names, refs, requiredCount = 0] = [schema[4], schema[5], schema[6]];
    return names.flatMap((memberName, i) => {
      if (!only.includes(memberName)) return [];
      const m = member(refs[i], { structure: schema[2], member: memberName, typeName: client.memberTypes.get(`${schema[2]}.${memberName}`) });
      // The schemas list @required members first and give their count.
      if (i < requiredCount) m.traits = { ...m.traits, "smithy.api#required": {} };
      return [[memberName, m]];
    });
  };

  /** A member schema is `ref` or `[ref, memberTraits]`; `context` names it, for enums and collections. */
  const member = (entry, context) => {
    const [ref, indicator] = Array.isArray(entry) && entry.length === 2 ? entry : [entry, 0];
    const schema = deref(ref);
    const traits = traitsOf(indicator);
    if (TIMESTAMP_FORMATS[schema]) traits["smithy.api#timestampFormat"] = TIMESTAMP_FORMATS[schema];
    const target =
      typeof schema !== "number"
        ? shape(schema)
        : schema & (LIST_BIT | MAP_BIT)
          ? collection(schema, context)
          : simpleTarget(schema, context.typeName);
    return { target, ...(Object.keys(traits).length ? { traits } : {}) };
  };

  return { added, shape, structureMembers };
}
