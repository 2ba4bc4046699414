import type { AstShape } from "./ast.js";

/** The shapes every model may target without defining them. https://smithy.io/2.0/spec/model.html#prelude */
export const prelude: Readonly<Record<string, AstShape>> = {
  "smithy.api#String": { type: "string" },
  "smithy.api#Blob": { type: "blob" },
  "smithy.api#BigInteger": { type: "bigInteger" },
  "smithy.api#BigDecimal": { type: "bigDecimal" },
  "smithy.api#Timestamp": { type: "timestamp" },
  "smithy.api#Document": { type: "document" },
  "smithy.api#Boolean": { type: "boolean" },
  "smithy.api#Byte": { type: "byte" },
  "smithy.api#Short": { type: "short" },
  "smithy.api#Integer": { type: "integer" },
  "smithy.api#Long": { type: "long" },
  "smithy.api#Float": { type: "float" },
  "smithy.api#Double": { type: "double" },
  "smithy.api#PrimitiveBoolean": { type: "boolean", traits: { "smithy.api#default": false } },
  "smithy.api#PrimitiveByte": { type: "byte", traits: { "smithy.api#default": 0 } },
  "smithy.api#PrimitiveShort": { type: "short", traits: { "smithy.api#default": 0 } },
  "smithy.api#PrimitiveInteger": { type: "integer", traits: { "smithy.api#default": 0 } },
  "smithy.api#PrimitiveLong": { type: "long", traits: { "smithy.api#default": 0 } },
  "smithy.api#PrimitiveFloat": { type: "float", traits: { "smithy.api#default": 0 } },
  "smithy.api#PrimitiveDouble": { type: "double", traits: { "smithy.api#default": 0 } },
  "smithy.api#Unit": { type: "structure", members: {}, traits: { "smithy.api#unitType": {} } },
};

export const UNIT = "smithy.api#Unit";
