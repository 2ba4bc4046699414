import { describe, expect, it } from "vitest";
import { serializeJson } from "./serializeJson.js";
import { Everything$, Inherited$, Node$, SignUpRequest$ } from "../../test/support/testSchemas.js";
import type { StructureSchema } from "./types.js";

const at = 1700000000123; // 2023-11-14T22:13:20.123Z, a Tuesday

describe("serializeJson", () => {
  it("writes members in schema order, whatever order the input has", () => {
    const input = { ClientMetadata: { b: "2", a: "1" }, Password: "pw", Username: "alice", ClientId: "client" };
    expect(serializeJson(SignUpRequest$, input)).toBe(
      '{"ClientId":"client","Username":"alice","Password":"pw","ClientMetadata":{"b":"2","a":"1"}}',
    );
  });

  it("writes @required members first, then the others, each in schema order, as the official SDK does", () => {
    const schema: StructureSchema = {
      kind: "structure",
      name: "Mixed",
      members: {
        A: { target: "string" },
        B: { target: "string", required: true },
        C: { target: "string" },
        D: { target: "string", required: true },
      },
    };
    expect(serializeJson(schema, { D: "d", C: "c", B: "b", A: "a" })).toBe('{"B":"b","D":"d","A":"a","C":"c"}');
  });

  it("omits null and undefined members and drops keys the schema does not know", () => {
    const input = { ClientId: "c", Username: null, Password: undefined, Extra: "x" };
    expect(serializeJson(SignUpRequest$, input)).toBe('{"ClientId":"c"}');
  });

  it("serializes an empty input as {}", () => {
    expect(serializeJson(SignUpRequest$, {})).toBe("{}");
    expect(serializeJson(Everything$, { Unknown: 1 })).toBe("{}");
  });

  it("escapes strings exactly as JSON.stringify does", () => {
    const tricky = 'quote " backslash \\ newline \n tab \t nul \u0000 emoji 😀 lone \ud800 line-sep \u2028 é';
    const body = serializeJson(Everything$, { Str: tricky });
    expect(body).toBe(`{"Str":${JSON.stringify(tricky)}}`);
    expect(JSON.parse(body).Str).toBe(tricky);
  });

  it("writes booleans, integers and finite floats as JSON literals", () => {
    expect(serializeJson(Everything$, { Bool: false, Int: 0, Float: -1.5e-7 })).toBe(
      '{"Bool":false,"Int":0,"Float":-1.5e-7}',
    );
  });

  it("writes non-finite floats as the strings awsJson uses", () => {
    expect(serializeJson(Everything$, { Float: NaN, Floats: [Infinity, -Infinity, 1] })).toBe(
      '{"Float":"NaN","Floats":["Infinity","-Infinity",1]}',
    );
  });

  it("writes big numbers as raw JSON numbers without losing digits", () => {
    expect(serializeJson(Everything$, { BigInt: 123456789012345678901234567890n, BigDec: "3.14159265358979323846264338327950288" })).toBe(
      '{"BigInt":123456789012345678901234567890,"BigDec":3.14159265358979323846264338327950288}',
    );
    expect(serializeJson(Everything$, { BigInt: 1e21, BigDec: 0.5 })).toBe('{"BigInt":1000000000000000000000,"BigDec":0.5}');
    expect(serializeJson(Everything$, { BigInt: "-42", BigDec: "-1.5E+300" })).toBe('{"BigInt":-42,"BigDec":-1.5E+300}');
    expect(() => serializeJson(Everything$, { BigInt: "12; drop" })).toThrow(TypeError);
    expect(() => serializeJson(Everything$, { BigDec: "1,5" })).toThrow(TypeError);
    expect(() => serializeJson(Everything$, { BigInt: 1.5 })).toThrow(TypeError);
  });

  it("writes blobs as base64, encoding strings as UTF-8 first", () => {
    expect(serializeJson(Everything$, { Blob: new Uint8Array([0, 255, 1]) })).toBe('{"Blob":"AP8B"}');
    expect(serializeJson(Everything$, { Blob: "é" })).toBe('{"Blob":"w6k="}');
    expect(serializeJson(Everything$, { BlobMap: { k: new Uint8Array([104, 105]) } })).toBe('{"BlobMap":{"k":"aGk="}}');
  });

  it("writes timestamps as epoch seconds with fractional milliseconds by default", () => {
    expect(serializeJson(Everything$, { Epoch: new Date(at) })).toBe('{"Epoch":1700000000.123}');
    expect(serializeJson(Everything$, { Epoch: new Date(1700000000000) })).toBe('{"Epoch":1700000000}');
    expect(serializeJson(Everything$, { Epoch: 1700000000.5 })).toBe('{"Epoch":1700000000.5}');
    expect(serializeJson(Everything$, { Epoch: "2023-11-14T23:13:20.123+01:00" })).toBe('{"Epoch":1700000000.123}');
  });

  it("writes date-time timestamps as RFC 3339 in UTC, without .000 for whole seconds", () => {
    expect(serializeJson(Everything$, { DateTime: new Date(at) })).toBe('{"DateTime":"2023-11-14T22:13:20.123Z"}');
    expect(serializeJson(Everything$, { DateTime: 1700000000 })).toBe('{"DateTime":"2023-11-14T22:13:20Z"}');
  });

  it("writes http-date timestamps as IMF-fixdate", () => {
    expect(serializeJson(Everything$, { HttpDate: new Date(at) })).toBe('{"HttpDate":"Tue, 14 Nov 2023 22:13:20 GMT"}');
    expect(serializeJson(Everything$, { HttpDate: new Date(Date.UTC(2024, 0, 5, 3, 4, 5)) })).toBe(
      '{"HttpDate":"Fri, 05 Jan 2024 03:04:05 GMT"}',
    );
  });

  it("refuses timestamps that are not dates", () => {
    expect(() => serializeJson(Everything$, { Epoch: new Date(NaN) })).toThrow(TypeError);
    expect(() => serializeJson(Everything$, { Epoch: "yesterday" })).toThrow(TypeError);
    expect(() => serializeJson(Everything$, { DateTime: Infinity })).toThrow(TypeError);
  });

  it("writes documents as JSON as they are", () => {
    const doc = { a: [1, "two", null, { b: true }], "": {} };
    expect(serializeJson(Everything$, { Doc: doc })).toBe(`{"Doc":${JSON.stringify(doc)}}`);
    expect(serializeJson(Everything$, { Doc: false })).toBe('{"Doc":false}');
  });

  it("drops null list entries and map values unless the shape is sparse", () => {
    const input = {
      List: ["a", null, "b", undefined],
      SparseList: ["a", null, undefined],
      Map: { x: 1, y: null, z: undefined },
      SparseMap: { x: "1", y: null, z: undefined },
    };
    expect(serializeJson(Everything$, input)).toBe(
      '{"List":["a","b"],"SparseList":["a",null,null],"Map":{"x":1},"SparseMap":{"x":"1","y":null}}',
    );
  });

  it("writes map keys that look like prototype keys as ordinary data", () => {
    const map = JSON.parse('{"__proto__":"1","constructor":"2"}');
    expect(serializeJson(Everything$, { SparseMap: map })).toBe('{"SparseMap":{"__proto__":"1","constructor":"2"}}');
  });

  it("writes the one member set in a union and never $unknown", () => {
    expect(serializeJson(Everything$, { Choice: { Bytes: new Uint8Array([1]) } })).toBe('{"Choice":{"Bytes":"AQ=="}}');
    expect(serializeJson(Everything$, { Choice: { Text: null, When: new Date(at) } })).toBe(
      '{"Choice":{"When":1700000000.123}}',
    );
    expect(serializeJson(Everything$, { Choice: { $unknown: ["Future", 1] } })).toBe('{"Choice":{}}');
  });

  it("walks nested structures, lists of structures and recursive shapes", () => {
    const input = {
      Tree: { Value: "root", Next: { Value: "n1", Next: { Value: "n2" } }, Children: [{ Value: "c" }, null] },
      Attributes: [{ Name: "email", Value: "a@example.com", Extra: 1 }],
    };
    expect(serializeJson(Everything$, input)).toBe(
      '{"Tree":{"Value":"root","Next":{"Value":"n1","Next":{"Value":"n2"}},"Children":[{"Value":"c"}]},' +
        '"Attributes":[{"Name":"email","Value":"a@example.com"}]}',
    );
  });

  it("reads inherited-looking member names only from the input itself", () => {
    expect(serializeJson(Inherited$, {})).toBe("{}");
    expect(serializeJson(Inherited$, { toString: "s", constructor: "c" })).toBe('{"toString":"s","constructor":"c"}');
  });

  it("throws a TypeError naming the member, not the value, for a value of the wrong type", () => {
    const secret = "hunter2-secret-value";
    expect(() => serializeJson(SignUpRequest$, { Password: 42 })).toThrow("SignUpRequest.Password: cannot serialize a number as string");
    expect(() => serializeJson(Everything$, { List: [1] })).toThrow("StringList entry: cannot serialize a number as string");
    try {
      serializeJson(SignUpRequest$, { Password: { secret } });
    } catch (e) {
      expect(String(e)).not.toContain(secret);
    }
  });

  it("refuses cyclic input with a TypeError instead of overflowing the stack", () => {
    const node: any = { Value: "loop" };
    node.Next = node;
    expect(() => serializeJson(Node$, node)).toThrow(/nested more than 100 levels/);
  });

  it("produces JSON that parses back to the same plain values", () => {
    const schema: StructureSchema = Everything$;
    const input = { Str: "s", Bool: true, Int: 7, Float: 2.5, List: ["x"], Map: { a: 1 }, Doc: { d: [1] } };
    expect(JSON.parse(serializeJson(schema, input))).toEqual(input);
  });
});
