import { describe, expect, it } from "vitest";
import { deserializeJson } from "./deserializeJson.js";
import { serializeJson } from "./serializeJson.js";
import { Everything$, Inherited$, SignUpRequest$ } from "../../test/support/testSchemas.js";
import type { ErrorSchema } from "./types.js";

const at = 1700000000123;
const read = (json: string) => deserializeJson(Everything$, JSON.parse(json));

describe("deserializeJson", () => {
  it("round-trips every kind through serializeJson and JSON.parse", () => {
    const input = {
      Str: "s \u2028 😀",
      Bool: false,
      Int: 42,
      Float: -Infinity,
      BigInt: 9007199254740993n - 1n,
      BigDec: "0.1",
      Blob: new Uint8Array([0, 1, 254, 255]),
      Epoch: new Date(at),
      DateTime: new Date(at),
      HttpDate: new Date(1700000000000),
      Doc: { any: ["json", 1, null, { deep: true }] },
      List: ["a", "b"],
      SparseList: ["a", null],
      Times: [new Date(0), new Date(at)],
      Floats: [NaN, Infinity, 0.25],
      Map: { a: 1 },
      SparseMap: { a: "x", b: null },
      BlobMap: { k: new Uint8Array([7]) },
      Choice: { Node: { Value: "n", Next: { Value: "m" } } },
      Tree: { Value: "root", Children: [{ Value: "c1" }, { Value: "c2", Next: { Value: "deep" } }] },
      Attributes: [{ Name: "email", Value: "a@example.com" }],
    };
    expect(deserializeJson(Everything$, JSON.parse(serializeJson(Everything$, input)))).toEqual(input);
  });

  it("keeps known members only, so extra keys and __proto__ from a server go nowhere", () => {
    const out: any = read('{"Str":"s","Unknown":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}');
    expect(out).toEqual({ Str: "s" });
    expect(Object.keys(out)).toEqual(["Str"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as any).polluted).toBeUndefined();
  });

  it("puts members in model order whatever order the body has, and never changes the parsed body", () => {
    const body = JSON.parse('{"Int":1,"Str":"s","Tree":{"Next":{"Value":"n"},"Value":"v"},"Attributes":[{"Value":"x","Name":"n"}]}');
    const before = JSON.stringify(body);
    const out = read(JSON.stringify(body));
    expect(Object.keys(out)).toEqual(["Str", "Int", "Tree", "Attributes"]);
    expect(Object.keys(out.Tree as object)).toEqual(["Value", "Next"]);
    expect(Object.keys((out.Attributes as object[])[0]!)).toEqual(["Name", "Value"]);
    expect(deserializeJson(Everything$, body)).toEqual(out);
    expect(JSON.stringify(body)).toBe(before);
  });

  it("keeps a map key named __proto__ as an ordinary entry", () => {
    const out: any = read('{"SparseMap":{"__proto__":"v","a":"b"}}');
    expect(Object.getPrototypeOf(out.SparseMap)).toBe(Object.prototype);
    expect(Object.keys(out.SparseMap)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(out.SparseMap, "__proto__")?.value).toBe("v");
  });

  it("does not mistake inherited names for members the server sent", () => {
    expect(deserializeJson(Inherited$, {})).toEqual({});
    const out = deserializeJson(Inherited$, JSON.parse('{"toString":"t","constructor":"c"}'));
    expect(out).toEqual({ constructor: "c", toString: "t" });
  });

  it("drops nulls unless the list or map is sparse", () => {
    expect(read('{"Str":null,"List":["a",null,"b"],"SparseList":[null,"a"],"Map":{"a":1,"b":null},"SparseMap":{"a":null}}')).toEqual({
      List: ["a", "b"],
      SparseList: [null, "a"],
      Map: { a: 1 },
      SparseMap: { a: null },
    });
    expect(read('{"Times":[null,0]}')).toEqual({ Times: [new Date(0)] });
  });

  it("reads epoch-second timestamps, fractional ones rounded to the millisecond", () => {
    expect(read('{"Epoch":1700000000.123}')).toEqual({ Epoch: new Date(at) });
    expect(read('{"Epoch":1.700000000123E9}')).toEqual({ Epoch: new Date(at) });
    expect(read('{"Epoch":"1700000000.123"}')).toEqual({ Epoch: new Date(at) });
  });

  it("reads date-time and http-date strings, and numbers as epoch seconds in any format", () => {
    expect(read('{"DateTime":"2023-11-14T22:13:20.123Z"}')).toEqual({ DateTime: new Date(at) });
    expect(read('{"DateTime":"2023-11-14T23:13:20.123456+01:00"}')).toEqual({ DateTime: new Date(at) });
    expect(read('{"DateTime":"0001-01-01T00:00:00Z"}')).toEqual({ DateTime: new Date("0001-01-01T00:00:00Z") });
    expect(read('{"HttpDate":"Tue, 14 Nov 2023 22:13:20 GMT"}')).toEqual({ HttpDate: new Date(1700000000000) });
    expect(read('{"HttpDate":1700000000}')).toEqual({ HttpDate: new Date(1700000000000) });
  });

  it("throws a TypeError for a timestamp string that is not in the member's format", () => {
    expect(() => read('{"DateTime":"Tue, 14 Nov 2023 22:13:20 GMT"}')).toThrow(TypeError);
    expect(() => read('{"HttpDate":"2023-11-14T22:13:20Z"}')).toThrow(TypeError);
    expect(() => read('{"Epoch":"soon"}')).toThrow(TypeError);
    expect(() => read('{"DateTime":"2023-13-14T22:13:20Z"}')).toThrow(TypeError);
  });

  it("turns the awsJson strings for non-finite floats back into numbers", () => {
    expect(read('{"Float":"NaN","Floats":["Infinity","-Infinity",1.5]}')).toEqual({ Float: NaN, Floats: [Infinity, -Infinity, 1.5] });
  });

  it("reads bigInteger as bigint and bigDecimal as a string", () => {
    expect(read('{"BigInt":12345,"BigDec":1.25}')).toEqual({ BigInt: 12345n, BigDec: "1.25" });
    // Precision beyond 2^53 is already gone after JSON.parse; what is left converts exactly.
    expect(read('{"BigInt":9007199254740993}')).toEqual({ BigInt: 9007199254740992n });
    expect(read('{"BigInt":"123456789012345678901234567890"}')).toEqual({ BigInt: 123456789012345678901234567890n });
    expect(() => read('{"BigInt":1.5}')).toThrow(TypeError);
  });

  it("decodes base64 blobs and rejects text that is not base64", () => {
    expect(read('{"Blob":"AP8B","BlobMap":{"k":"aGk="}}')).toEqual({
      Blob: new Uint8Array([0, 255, 1]),
      BlobMap: { k: new Uint8Array([104, 105]) },
    });
    expect(() => read('{"Blob":"not base64!"}')).toThrow(TypeError);
  });

  it("returns documents as they are", () => {
    const doc = { a: [1, { b: null }], "": "x" };
    expect(read(JSON.stringify({ Doc: doc }))).toEqual({ Doc: doc });
  });

  it("reads a union as its one known member", () => {
    expect(read('{"Choice":{"Bytes":"AQ=="}}')).toEqual({ Choice: { Bytes: new Uint8Array([1]) } });
    expect(read('{"Choice":{"__type":"Choice","Text":null,"When":0}}')).toEqual({ Choice: { When: new Date(0) } });
  });

  it("reads a union member this client does not know as $unknown", () => {
    expect(read('{"Choice":{"__type":"x","FutureMember":{"a":1}}}')).toEqual({ Choice: { $unknown: ["FutureMember", { a: 1 }] } });
    expect(read('{"Choice":{}}')).toEqual({ Choice: {} });
  });

  it("passes enum values and values of an unexpected JSON type through untouched", () => {
    expect(read('{"Str":"A_VALUE_FROM_THE_FUTURE","Int":"12","Tree":"oops","List":{"a":1},"Blob":5}')).toEqual({
      Str: "A_VALUE_FROM_THE_FUTURE",
      Int: "12",
      Tree: "oops",
      List: { a: 1 },
      Blob: 5,
    });
  });

  it("returns {} for a body that is not a JSON object", () => {
    expect(deserializeJson(SignUpRequest$, null)).toEqual({});
    expect(deserializeJson(SignUpRequest$, [1, 2])).toEqual({});
    expect(deserializeJson(SignUpRequest$, "text")).toEqual({});
  });

  it("reads error shapes like structures", () => {
    const NotAuthorizedException$: ErrorSchema = {
      kind: "structure",
      name: "NotAuthorizedException",
      fault: "client",
      httpStatus: 400,
      members: { message: { target: "string" } },
    };
    const body = JSON.parse('{"__type":"NotAuthorizedException","message":"Incorrect username or password."}');
    expect(deserializeJson(NotAuthorizedException$, body)).toEqual({ message: "Incorrect username or password." });
  });
});
