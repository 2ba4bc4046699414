import { describe, expect, it } from "vitest";
import { filterSensitiveLog, SENSITIVE_STRING } from "./filterSensitiveLog.js";
import { Choice$, Everything$, Node$, Secrets$, SignUpRequest$ } from "../../test/support/testSchemas.js";

const S = SENSITIVE_STRING;

describe("filterSensitiveLog", () => {
  it("replaces sensitive members and keeps the rest", () => {
    const input = {
      ClientId: "client",
      Username: "alice",
      Password: "hunter2",
      UserAttributes: [{ Name: "email", Value: "a@example.com" }, { Name: "sub" }],
      ClientMetadata: { source: "web" },
    };
    expect(filterSensitiveLog(SignUpRequest$, input)).toEqual({
      ClientId: S,
      Username: S,
      Password: S,
      UserAttributes: [{ Name: "email", Value: S }, { Name: "sub" }],
      ClientMetadata: { source: "web" },
    });
    expect(input.Password).toBe("hunter2");
  });

  it("uses the text the AWS SDK uses", () => {
    expect(SENSITIVE_STRING).toBe("***SensitiveInformation***");
  });

  it("replaces a whole sensitive structure or map, each entry of a sensitive list, and hides maps with sensitive keys", () => {
    const input = {
      Password: "p",
      Pin: 1234,
      Tokens: { access: "t1" },
      ByKey: { "secret-key": "v" },
      Attribute: { Name: "n", Value: "v" },
      Codes: ["1", null, "2"],
      Plain: "visible",
    };
    expect(filterSensitiveLog(Secrets$, input)).toEqual({
      Password: S,
      Pin: S,
      Tokens: S,
      ByKey: S,
      Attribute: S,
      Codes: [S, null, S],
      Plain: "visible",
    });
  });

  it("keeps map keys and replaces each value when the map's value member is sensitive", () => {
    const schema = {
      kind: "structure" as const,
      name: "WithSecretValues",
      members: {
        Params: {
          target: () => ({ kind: "map" as const, name: "Params", key: { target: "string" as const }, value: { target: "string" as const, sensitive: true as const } }),
        },
      },
    };
    expect(filterSensitiveLog(schema, { Params: { USERNAME: "alice", SECRET_HASH: "h", none: null } })).toEqual({
      Params: { USERNAME: S, SECRET_HASH: S, none: null },
    });
  });

  it("walks unions and recursive shapes, and drops keys the schema does not know", () => {
    const input = {
      Str: "s",
      Choice: { Node: { Value: "v", Next: { Value: "w", Extra: "dropped" } } },
      Tree: { Children: [{ Value: "c" }] },
      Unknown: "secret?",
      $metadata: { requestId: "r" },
    };
    expect(filterSensitiveLog(Everything$, input)).toEqual({
      Str: "s",
      Choice: { Node: { Value: "v", Next: { Value: "w" } } },
      Tree: { Children: [{ Value: "c" }] },
    });
  });

  it("keeps the member name of an $unknown union member but not its value", () => {
    expect(filterSensitiveLog(Choice$, { $unknown: ["NewMember", { token: "t" }] })).toEqual({ $unknown: ["NewMember", S] });
  });

  it("returns input that is not an object as it is", () => {
    for (const value of [undefined, null, "text", 1, true]) expect(filterSensitiveLog(SignUpRequest$, value)).toBe(value);
  });

  it("replaces an array where a structure or map is expected, and an object where a list is expected", () => {
    expect(filterSensitiveLog(SignUpRequest$, { ClientMetadata: ["x"], UserAttributes: { 0: { Name: "n" } } })).toEqual({
      ClientMetadata: S,
      UserAttributes: S,
    });
    expect(filterSensitiveLog(SignUpRequest$, [{ Password: "p" }])).toBe(S);
  });

  it("survives cycles, throwing getters and __proto__ keys", () => {
    const node: any = { Value: "a" };
    node.Next = node;
    Object.defineProperty(node, "Children", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(filterSensitiveLog(Node$, node)).toEqual({ Value: "a", Next: "[Circular]", Children: "[Unreadable]" });
    const out: any = filterSensitiveLog(Everything$, { SparseMap: JSON.parse('{"__proto__":"x"}') });
    expect(Object.getPrototypeOf(out.SparseMap)).toBe(Object.prototype);
    expect(Object.keys(out.SparseMap)).toEqual(["__proto__"]);
  });
});
