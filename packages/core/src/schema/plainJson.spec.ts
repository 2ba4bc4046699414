import { describe, expect, it } from "vitest";
import { AttributeListType$, Inherited$, Node$, SignUpRequest$ } from "../../test/support/testSchemas.js";
import { convertingJson } from "./convertingJson.js";
import { plainJson } from "./plainJson.js";
import type { ListSchema, MapSchema, StructureSchema } from "./types.js";

// plainJson must give exactly what serializeJson and deserializeJson (convertingJson) give for
// shapes without codecs or unions; their own specs say what that is.

const list = (name: string, sparse?: true): ListSchema => ({ kind: "list", name, member: { target: "string" }, ...(sparse && { sparse }) });
const map = (name: string, target: "string" | "integer", sparse?: true): MapSchema => ({
  kind: "map",
  name,
  key: { target: "string" },
  value: { target },
  ...(sparse && { sparse }),
});
const Plain$: StructureSchema = {
  kind: "structure",
  name: "Plain",
  members: {
    Str: { target: "string" },
    Bool: { target: "boolean" },
    Int: { target: "integer" },
    List: { target: () => list("StringList") },
    SparseList: { target: () => list("SparseStringList", true) },
    Map: { target: () => map("IntegerMap", "integer") },
    SparseMap: { target: () => map("SparseStringMap", "string", true) },
    Tree: { target: () => Node$ },
    Attributes: { target: () => AttributeListType$ },
    Id: { target: "string", required: true },
  },
};

const inputs: [StructureSchema, any][] = [
  [Plain$, {}],
  [Plain$, { Attributes: [{ Value: "v", Name: "n", Extra: 1 }], Str: "s\u2028\"é𝒳", Id: "id", Bool: false, Int: -0, Extra: "x" }],
  [Plain$, { List: ["a", null, "b", undefined], SparseList: ["a", null, undefined], Map: { x: 1, y: null, z: undefined }, SparseMap: { x: "1", y: null, z: undefined } }],
  [Plain$, { Map: { b: 1, "10": 2, a: 3, "2": 4 }, SparseMap: JSON.parse('{"__proto__":"1","constructor":"2"}') }],
  [Plain$, { Tree: { Value: "root", Next: { Value: "n1", Next: { Value: "n2" } }, Children: [{ Value: "c" }, null] } }],
  [Plain$, { Int: 1e21, Str: null, Bool: undefined }],
  [Plain$, { Tree: [], Map: [] }],
  [Inherited$, {}],
  [Inherited$, { toString: "s", constructor: "c" }],
  [SignUpRequest$, { ClientMetadata: { k: "v" }, UserAttributes: [{ Name: "email", Value: "a@b" }], Password: "p", Username: "u", ClientId: "c" }],
];

const outcome = (run: () => unknown): unknown => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
};

describe("plainJson", () => {
  it("serializes as serializeJson does, byte for byte", () => {
    for (const [schema, input] of inputs) {
      expect(outcome(() => plainJson.serialize(schema, input))).toEqual(outcome(() => convertingJson.serialize(schema, input)));
    }
    expect(plainJson.serialize(Plain$, null as any)).toBe("{}");
  });

  it("deserializes as deserializeJson does, never changing the parsed body", () => {
    for (const [schema, input] of inputs) {
      const parsed = JSON.parse(JSON.stringify(input));
      const before = JSON.stringify(parsed);
      expect(plainJson.deserialize(schema, parsed)).toStrictEqual(convertingJson.deserialize(schema, parsed));
      expect(JSON.stringify(parsed)).toBe(before);
    }
    const hostile = JSON.parse('{"__proto__":{"polluted":true},"Str":"s","SparseMap":{"__proto__":"x"}}');
    const read = plainJson.deserialize(Plain$, hostile);
    expect(read).toStrictEqual(convertingJson.deserialize(Plain$, hostile));
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.keys(read.SparseMap as object)).toEqual(["__proto__"]);
    for (const body of [null, [], "text", 1]) expect(plainJson.deserialize(Plain$, body)).toEqual({});
    // Values of a JSON type the member does not expect pass through, as deserializeJson passes them.
    const odd = { Str: 1, Int: "x", List: { a: 1 }, Map: ["m"], Tree: "t" };
    expect(plainJson.deserialize(Plain$, odd)).toStrictEqual(convertingJson.deserialize(Plain$, odd));
  });

  it("throws the TypeErrors serializeJson throws, naming the member and never the value", () => {
    const cyclic: any = { Value: "loop" };
    cyclic.Next = cyclic;
    const bad: [StructureSchema, any][] = [
      [Plain$, { Str: 42 }],
      [Plain$, { Int: 1.5 }],
      [Plain$, { Bool: "true" }],
      [Plain$, { List: [1] }],
      [Plain$, { List: "not a list" }],
      [Plain$, { Attributes: [{ Name: { secret: "hunter2" } }] }],
      [Node$, cyclic],
    ];
    for (const [schema, input] of bad) {
      const plain = outcome(() => plainJson.serialize(schema, input));
      expect(plain).toEqual(outcome(() => convertingJson.serialize(schema, input)));
      expect(plain).toHaveProperty("error", expect.stringMatching(/^TypeError: /));
      expect(JSON.stringify(plain)).not.toContain("hunter2");
    }
  });

  it("refuses members that need conversion rather than getting them wrong", () => {
    const When$: StructureSchema = {
      kind: "structure",
      name: "When",
      members: { At: { target: { kind: "timestamp", expected: "a Date", write: () => "1", read: (v) => v, check: () => 0 } } },
    };
    expect(() => plainJson.serialize(When$, { At: new Date() })).toThrow("When.At: a timestamp needs the convertingJson codec");
    expect(() => plainJson.deserialize(When$, { At: 1 })).toThrow(TypeError);
    expect(plainJson.deserialize(When$, { At: null })).toEqual({});
  });
});
