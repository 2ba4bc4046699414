import { T } from "../model/ast.js";
import type { Shape } from "../model/ShapeGraph.js";

/**
 * The TypeScript type of a value of `shape`. Structures, unions and enums are referenced by name;
 * lists, maps and simple shapes are written inline. `input` widens blobs to accept strings.
 */
export function typeOf(shape: Shape, input: boolean): string {
  switch (shape.type) {
    case "string":
    case "bigDecimal":
      return "string";
    case "boolean":
      return "boolean";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "bigInteger":
      return "bigint";
    case "blob":
      return input ? "Uint8Array | string" : "Uint8Array";
    case "timestamp":
      return "Date";
    case "document":
      return "unknown";
    case "enum":
    case "intEnum":
    case "structure":
    case "union":
      return shape.name;
    case "list": {
      const item = typeOf(shape.member!.target, input);
      const entry = shape.traits[T.sparse] !== undefined ? `${item} | null` : item;
      return /[ |]/.test(entry) ? `(${entry})[]` : `${entry}[]`;
    }
    case "map": {
      const value = typeOf(shape.value!.target, input);
      return `Record<string, ${shape.traits[T.sparse] !== undefined ? `${value} | null` : value}>`;
    }
    default:
      throw new Error(`${shape.id}: a ${shape.type} shape is not a data type`);
  }
}

/** The names of the named types (structures, unions, enums) a type expression mentions. */
export function namedTypesIn(shape: Shape, into: Set<string>): void {
  if (shape.type === "list") namedTypesIn(shape.member!.target, into);
  else if (shape.type === "map") namedTypesIn(shape.value!.target, into);
  else if (["enum", "intEnum", "structure", "union"].includes(shape.type)) into.add(shape.name);
}
