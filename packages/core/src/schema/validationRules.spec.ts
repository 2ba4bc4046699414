import { describe, expect, it } from "vitest";
import { ASCII, boundsMessage, codePoints, compilePattern, typeName } from "./validationRules.js";

describe("compilePattern", () => {
  it("compiles with the u flag so Unicode property escapes work", () => {
    const regex = compilePattern("^[\\p{L}]+$")!;
    expect(regex.flags).toContain("u");
    expect(regex.test("Ünïcødé")).toBe(true);
    expect(regex.test("a1")).toBe(false);
  });

  it("returns the same RegExp for the same source", () => {
    expect(compilePattern("^[0-9]+$")).toBe(compilePattern("^[0-9]+$"));
  });

  it("turns a leading Java inline flag group into a RegExp flag", () => {
    const regex = compilePattern("^(?s)")!;
    expect(regex.flags).toBe("su");
    expect(regex.test("anything\nat all")).toBe(true);
    expect(compilePattern("(?i)^abc$")!.test("ABC")).toBe(true);
  });

  it("falls back to no u flag for a source only legacy syntax accepts, and to null when nothing compiles", () => {
    expect(compilePattern("^a\\-b$")!.test("a-b")).toBe(true);
    expect(compilePattern("^(unclosed")).toBeNull();
  });
});

describe("ASCII", () => {
  it("matches only when every UTF-16 unit is below 0x80", () => {
    expect(ASCII.test("")).toBe(true);
    expect(ASCII.test("\u0000alice@example.com\u007f")).toBe(true);
    expect(ASCII.test("Jos\u00e9")).toBe(false);
    expect(ASCII.test("\u0080")).toBe(false);
    expect(ASCII.test("a\ud83d\ude00")).toBe(false);
  });
});

describe("messages", () => {
  it("word lengths for every combination of bounds", () => {
    expect(boundsMessage(1, 32, "code point", 40)).toBe("length must be between 1 and 32 code points (got 40)");
    expect(boundsMessage(6, 6, "code point", 5)).toBe("length must be exactly 6 code points (got 5)");
    expect(boundsMessage(1, null, "entry", 0)).toBe("length must be at least 1 entry (got 0)");
    expect(boundsMessage(null, 1, "byte", undefined)).toBe("length must be at most 1 byte");
    expect(boundsMessage(null, 10, "entry", 11)).toBe("length must be at most 10 entries (got 11)");
  });

  it("word ranges without the value", () => {
    expect(boundsMessage(0, 10)).toBe("must be between 0 and 10");
    expect(boundsMessage(1, null)).toBe("must be at least 1");
    expect(boundsMessage(null, -1)).toBe("must be at most -1");
  });

  it("name a value's type without its content", () => {
    expect([null, undefined, 1, "s", true, 1n, [], new Date(0), new Uint8Array(1), {}, () => 0].map(typeName)).toEqual([
      "null",
      "undefined",
      "number",
      "string",
      "boolean",
      "bigint",
      "array",
      "Date",
      "Uint8Array",
      "object",
      "function",
    ]);
  });
});

describe("codePoints", () => {
  it("counts a surrogate pair once and a lone surrogate as one", () => {
    expect(codePoints("")).toBe(0);
    expect(codePoints("abc")).toBe(3);
    expect(codePoints("😀a😀")).toBe(3);
    expect(codePoints("\ud800a\udc00")).toBe(3);
    expect(codePoints("a\ud83d")).toBe(2);
    expect(codePoints("é\u0301")).toBe(2);
  });
});
