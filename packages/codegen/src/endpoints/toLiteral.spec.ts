import { describe, expect, it } from "vitest";
import { toLiteral } from "./toLiteral.js";

describe("toLiteral", () => {
  it("prints identifier keys bare and quotes the others", () => {
    expect(toLiteral({ fn: "aws.partition", "aws.parseArn": 1, "x-y": true })).toBe('{ fn: "aws.partition", "aws.parseArn": 1, "x-y": true }');
  });

  it("puts a value on one line when it fits, else one entry per line at the given indent", () => {
    const long = { url: "https://".padEnd(80, "x"), headers: { a: ["b"] } };
    expect(toLiteral([long], "  ")).toBe(
      ["[", "    {", `      url: "${long.url}",`, '      headers: { a: ["b"] },', "    },", "  ]"].join("\n"),
    );
    expect(toLiteral({ a: [], b: {} })).toBe("{ a: [], b: {} }");
  });

  it("escapes strings as JSON and leaves out undefined properties", () => {
    expect(toLiteral({ s: 'say "hi"\n', gone: undefined })).toBe('{ s: "say \\"hi\\"\\n" }');
    expect(() => toLiteral(undefined)).toThrow(TypeError);
  });
});
