import { describe, expect, it } from "vitest";
import { coalesce, isValidHostLabel, ite, parseURL, split, substring, uriEncode } from "./functions.js";
import { getAttr } from "./getAttr.js";

describe("isValidHostLabel", () => {
  it("accepts RFC 1123 labels of 1-63 letters, digits and inner dashes", () => {
    for (const label of ["a", "abc", "a-b-c", "0abc", "ABC123", "a".repeat(63)]) expect(isValidHostLabel(label)).toBe(true);
  });

  it("rejects empty, too long, dash-edged, and non-alphanumeric labels", () => {
    for (const label of ["", "a".repeat(64), "-abc", "abc-", "a_b", "a.b", "ä"]) expect(isValidHostLabel(label)).toBe(false);
  });

  it("checks every dot-separated label when sub-domains are allowed", () => {
    expect(isValidHostLabel("a.b-c.d", true)).toBe(true);
    expect(isValidHostLabel("a..b", true)).toBe(false);
    expect(isValidHostLabel("a.-b", true)).toBe(false);
  });
});

describe("parseURL", () => {
  it("parses the spec's examples", () => {
    expect(parseURL("https://example.com")).toEqual({
      scheme: "https",
      authority: "example.com",
      path: "/",
      normalizedPath: "/",
      isIp: false,
    });
    expect(parseURL("http://example.com:80/foo/bar")).toEqual({
      scheme: "http",
      authority: "example.com:80",
      path: "/foo/bar",
      normalizedPath: "/foo/bar/",
      isIp: false,
    });
    expect(parseURL("https://127.0.0.1")).toMatchObject({ authority: "127.0.0.1", isIp: true });
    expect(parseURL("https://[fe80::1]")).toMatchObject({ authority: "[fe80::1]", isIp: true });
  });

  it("keeps a non-default port and an explicitly written default port in the authority", () => {
    expect(parseURL("https://authority.com:8000/port")?.authority).toBe("authority.com:8000");
    expect(parseURL("https://[2001:db8::1]:443")?.authority).toBe("[2001:db8::1]:443");
    expect(parseURL("https://authority.com/x")?.authority).toBe("authority.com");
  });

  it("rejects queries, other schemes, and unparsable input", () => {
    expect(parseURL("https://example.com:8443?foo=bar")).toBeUndefined();
    expect(parseURL("https://example.com/?")).toBeUndefined();
    expect(parseURL("ftp://example.com")).toBeUndefined();
    expect(parseURL("http://abc.com:a/foo")).toBeUndefined();
    expect(parseURL("not a url")).toBeUndefined();
  });

  it("does not treat IP-like host names as IPs", () => {
    expect(parseURL("https://999.999.abc.blah")?.isIp).toBe(false);
  });
});

describe("substring", () => {
  it("cuts [start, stop) from the start, or from the end when reversed", () => {
    expect(substring("abcdefg", 0, 4, false)).toBe("abcd");
    expect(substring("abcdefg", 0, 4, true)).toBe("defg");
    expect(substring("abcdefg", 1, 3, true)).toBe("ef");
    expect(substring("abcd", 0, 4, false)).toBe("abcd");
  });

  it("is unset when the string is too short, the range is empty, or the input is not ASCII", () => {
    expect(substring("abc", 0, 4, false)).toBeUndefined();
    expect(substring("abcdef", 3, 3, false)).toBeUndefined();
    expect(substring("abcdef", 4, 2, false)).toBeUndefined();
    expect(substring("abc\u00e9def", 0, 2, false)).toBeUndefined();
  });
});

describe("uriEncode", () => {
  it("percent-encodes all but unreserved characters, with upper-case hex", () => {
    expect(uriEncode("AZaz09-_.~")).toBe("AZaz09-_.~");
    expect(uriEncode("/:,?#[]{}|@! $&'()*+;=%<>\"^`\\")).toBe(
      "%2F%3A%2C%3F%23%5B%5D%7B%7D%7C%40%21%20%24%26%27%28%29%2A%2B%3B%3D%25%3C%3E%22%5E%60%5C",
    );
    expect(uriEncode("é")).toBe("%C3%A9");
  });
});

describe("coalesce, ite, split", () => {
  it("coalesce returns the first set value, even false", () => {
    expect(coalesce(undefined, false, "x")).toBe(false);
    expect(coalesce(undefined, null, "x")).toBe("x");
    expect(coalesce(undefined, undefined)).toBeUndefined();
  });

  it("ite picks by condition", () => {
    expect(ite(true, "a", "b")).toBe("a");
    expect(ite(false, "a", "b")).toBe("b");
  });

  it("split caps the number of parts, the last keeping the rest", () => {
    expect(split("a--b--c", "--", 0)).toEqual(["a", "b", "c"]);
    expect(split("a--b--c", "--", 1)).toEqual(["a--b--c"]);
    expect(split("a--b--c--d", "--", 2)).toEqual(["a", "b--c--d"]);
    expect(split("a--b--c--d", "--", 3)).toEqual(["a", "b", "c--d"]);
    expect(split("a--b", "--", 5)).toEqual(["a", "b"]);
    expect(split("", "--", 0)).toEqual([""]);
    expect(split("--x--", "--", 0)).toEqual(["", "x", ""]);
  });
});

describe("getAttr", () => {
  const value = { a: { b: [10, 20, { c: "deep" }] }, list: ["x", "y"] };

  it("follows keys and indexes, counting negative indexes from the end", () => {
    expect(getAttr(value, "a.b[1]")).toBe(20);
    expect(getAttr(value, "a.b[2].c")).toBe("deep");
    expect(getAttr(value.list, "[0]")).toBe("x");
    expect(getAttr(value.list, "[-1]")).toBe("y");
  });

  it("is unset past the end or through a missing key", () => {
    expect(getAttr(value, "list[2]")).toBeUndefined();
    expect(getAttr(value, "list[-3]")).toBeUndefined();
    expect(getAttr(value, "nope.deeper[0]")).toBeUndefined();
    expect(getAttr(undefined, "a")).toBeUndefined();
  });
});
