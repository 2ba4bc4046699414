import { describe, expect, it } from "vitest";
import { fromUtf8, toUtf8 } from "./utf8.js";

describe("utf8", () => {
  it("encodes text to UTF-8 bytes and decodes it back", () => {
    const text = "ascii é 中文 😀";
    const bytes = fromUtf8(text);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(fromUtf8("é😀"))).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
    expect(toUtf8(bytes)).toBe(text);
  });

  it("replaces lone surrogates and malformed bytes with U+FFFD instead of throwing", () => {
    expect(Array.from(fromUtf8("\ud800"))).toEqual([0xef, 0xbf, 0xbd]);
    expect(toUtf8(new Uint8Array([0x61, 0xff, 0x62]))).toBe("a\ufffdb");
  });
});
