import { describe, expect, it } from "vitest";
import { buildPathWithQuery } from "./buildPathWithQuery.js";

describe("buildPathWithQuery", () => {
  it("leaves the path alone without a query", () => {
    expect(buildPathWithQuery("/", undefined)).toBe("/");
    expect(buildPathWithQuery("/a/b", {})).toBe("/a/b");
  });

  it("encodes names and values the RFC 3986 way, including !'()*", () => {
    expect(buildPathWithQuery("/", { "a b": "c&d=e", bang: "!'()*", tilde: "-_.~" })).toBe(
      "/?a%20b=c%26d%3De&bang=%21%27%28%29%2A&tilde=-_.~",
    );
  });

  it("repeats a name for each list value and writes a null value as a bare name", () => {
    expect(buildPathWithQuery("/p", { list: ["1", "2"], flag: null })).toBe("/p?list=1&list=2&flag");
  });
});
