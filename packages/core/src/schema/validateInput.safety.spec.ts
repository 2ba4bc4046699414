import { describe, expect, it } from "vitest";
import { Backtracking$, Everything$, Node$, Secrets$, SignUpRequest$ } from "../../test/support/testSchemas.js";
import { validateInput } from "./validateInput.js";
import { ValidationError } from "./ValidationError.js";
import { prng } from "../../test/support/seededRandom.js";

const messages = (schema: typeof Node$, input: unknown) => validateInput(schema, input).map((v) => `${v.path}: ${v.message}`);
const errorText = (schema: typeof Node$, input: unknown) => new ValidationError(schema.name, validateInput(schema, input)).message;

const ALPHABET = [..."abcXYZ019 !\"'\\/<>{}[]:,.-_=+@#\n\t\u0000éß中文😀🔑\u2028"];

describe("validation messages never contain sensitive values", () => {
  it("for random sensitive values that break every kind of constraint", () => {
    const random = prng(20240601);
    const secret = (min: number, max: number) => {
      const length = min + Math.floor(random() * (max - min + 1));
      return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
    };
    for (let run = 0; run < 300; run++) {
      const values = [secret(12, 40), secret(65, 120), secret(12, 20), secret(12, 30), secret(12, 30), secret(40, 60)];
      const input = {
        Password: run % 3 === 0 ? values[1] : values[0], // too long, or (usually) failing the no-whitespace pattern
        Pin: run % 2 === 0 ? 10000 + run : -run - 1,
        Tokens: { [values[2]!]: values[3], ok: values[4]!.repeat(2) }, // a sensitive map: keys hidden, values too long
        ByKey: { [values[3]!]: "v" }, // a sensitive key failing its pattern
        Attribute: { Name: values[5], Value: values[4] }, // inside a sensitive structure
        Attributes: [{ Name: "n", Value: values[0]!.repeat(60) }, { Name: values[5], Value: 7 }],
        Codes: [values[2], values[0]], // a list of sensitive strings, all of the wrong length
      };
      const text = errorText(Secrets$, input);
      expect(text).toMatch(/^\d+ invalid members in Secrets:/);
      for (const value of values) {
        expect(text).not.toContain(value);
        expect(text).not.toContain(JSON.stringify(value).slice(1, -1));
      }
      expect(text).not.toContain(String(input.Pin));
    }
  });

  it("by leaving out the length a sensitive value had, and hiding keys of sensitive maps", () => {
    expect(
      messages(Secrets$, {
        Password: "short",
        Tokens: { "my-token": "x".repeat(17) },
        ByKey: { "Secret-Key": "v" },
        Attribute: { Name: "" },
        Codes: ["12345678901"],
      }),
    ).toEqual([
      "Password: length must be between 8 and 64 code points",
      "Tokens[***]: key must match the pattern ^[a-z]+$",
      "Tokens[***]: length must be between 0 and 16 code points",
      "ByKey[***]: key must match the pattern ^[a-z]+$",
      "Attribute.Name: length must be between 1 and 32 code points",
      "Codes[0]: length must be between 4 and 8 code points",
    ]);
  });
});

describe("validateInput on hostile input", () => {
  it("reports wrong types at the top instead of throwing", () => {
    for (const input of ["text", 42, null, undefined, [1], () => 1, new Date(0), new Map(), Symbol("s")]) {
      const found = validateInput(SignUpRequest$, input);
      expect(found).toHaveLength(1);
      expect(found[0]!.path).toBe("");
      expect(found[0]!.message).toMatch(/^must be an object \(got \w+\)$/);
    }
  });

  it("checks length before the pattern, and skips the pattern when the length fails", () => {
    // If the pattern ran, ^(a+)+$ would backtrack about 2^26 times and add a second violation.
    expect(messages(Backtracking$, { S: `${"a".repeat(26)}!` })).toEqual(["S: length must be at most 10 code points (got 27)"]);
    const huge = "😀".repeat(500_000);
    expect(messages(SignUpRequest$, { ClientId: huge, Username: huge })).toEqual([
      "ClientId: length must be between 1 and 128 code points",
      "Username: length must be between 1 and 128 code points",
    ]);
  });

  it("ignores __proto__ and constructor keys and never changes any prototype", () => {
    const input = JSON.parse('{"__proto__":{"ClientId":1},"constructor":{"prototype":{"x":1}},"ClientId":"c","Username":"u"}');
    expect(validateInput(SignUpRequest$, input)).toEqual([]);
    const map = JSON.parse('{"__proto__":1,"constructor":"w"}');
    expect(messages(Everything$, { Map: map })).toEqual(['Map["constructor"]: must be an integer (got string)']);
    expect(({} as any).x).toBeUndefined();
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
  });

  it("accepts objects with a null prototype", () => {
    const input = Object.assign(Object.create(null), { ClientId: "c", Username: "u" });
    input.ClientMetadata = Object.assign(Object.create(null), { a: "b" });
    expect(validateInput(SignUpRequest$, input)).toEqual([]);
  });

  it("reports getters and proxies that throw as unreadable, without their error text", () => {
    const input = {
      get ClientId(): string {
        throw new Error("getter says secret123");
      },
      Username: "u",
      ClientMetadata: new Proxy({}, { get: () => { throw new Error("proxy says secret123"); }, ownKeys: () => { throw new Error("no"); } }),
      UserAttributes: Object.defineProperty([{ Name: "ok" }, {}], 1, {
        get: () => {
          throw new Error("index getter");
        },
      }),
    };
    expect(messages(SignUpRequest$, input)).toEqual([
      "ClientId: could not be read",
      "UserAttributes[1]: could not be read",
      "ClientMetadata: could not be read",
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateInput(SignUpRequest$, proxy)).toEqual([{ path: "", message: "could not be read" }]);
    expect(errorText(SignUpRequest$, input)).not.toContain("secret123");
  });

  it("keeps each walk's findings apart when a getter validates another input during the walk", () => {
    const inner: string[][] = [];
    const node: any = { Value: 1 };
    node.Next = node;
    const input = {
      get Value(): unknown {
        inner.push(messages(Node$, node), messages(Node$, { Value: "ok" }));
        return 2;
      },
      Next: { Value: 3 },
    };
    expect(messages(Node$, input)).toEqual(["Value: must be a string (got number)", "Next.Value: must be a string (got number)"]);
    expect(inner).toEqual([["Value: must be a string (got number)", "Next: contains a cycle"], []]);
    expect(validateInput(Node$, { Value: "fine" })).toEqual([]);
  });

  it("reports a cycle instead of recursing forever", () => {
    const node: any = { Value: "a", Next: { Value: "b" } };
    node.Next.Next = node;
    node.Children = [node];
    expect(messages(Node$, node)).toEqual(["Next.Next: contains a cycle", "Children[0]: contains a cycle"]);
  });

  it("stops at 100 levels of nesting instead of overflowing the stack", () => {
    let deep: any = { Value: "bottom" };
    for (let i = 0; i < 100_000; i++) deep = { Next: deep };
    const found = validateInput(Node$, deep);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe(Array(100).fill("Next").join("."));
    expect(found[0]!.message).toBe("is nested more than 100 levels deep");
  });

  it("checks an object shared by many paths once, so a shared graph stays cheap", () => {
    // 45 levels of two references to the same child: 2^45 paths, 46 objects (and 46 arrays).
    let shared: any = { Value: 1 };
    for (let i = 0; i < 45; i++) shared = { Children: [shared, shared] };
    const found = messages(Node$, shared);
    expect(found).toEqual([`${Array(45).fill("Children[0]").join(".")}.Value: must be a string (got number)`]);
  });

  it("stops after 100 violations and says so", () => {
    const found = validateInput(Everything$, { List: Array.from({ length: 100_000 }, () => 1) });
    expect(found).toHaveLength(101);
    expect(found[99]).toEqual({ path: "List[99]", message: "must be a string (got number)" });
    expect(found[100]).toEqual({ path: "", message: "validation stopped after 100 violations" });
    // Four billion holes: stopping early is what keeps this from running for minutes.
    const holes = validateInput(Everything$, { List: new Array(2 ** 32 - 1) });
    expect(holes).toHaveLength(101);
    expect(holes[0]).toEqual({ path: "List[0]", message: "must not be null (the list is not sparse)" });
  });

  it("reports arrays and other objects where plain objects are expected", () => {
    expect(messages(SignUpRequest$, { ClientId: "c", Username: "u", ClientMetadata: ["a"], UserAttributes: [["Name"], new Map()] })).toEqual([
      "UserAttributes[0]: must be an object (got array)",
      "UserAttributes[1]: must be an object (got object)",
      "ClientMetadata: must be an object (got array)",
    ]);
  });
});
