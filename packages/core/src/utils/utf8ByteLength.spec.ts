import { describe, expect, it } from "vitest";
import { utf8ByteLength } from "./utf8ByteLength.js";

describe("utf8ByteLength", () => {
  it("matches TextEncoder for ASCII, 2-, 3- and 4-byte characters and lone surrogates", () => {
    const samples = ["", "plain", "é", "ß€", "日本語", "😀 emoji", "mixed ünï¢ødé 🎉 text", "\ud800", "a\udc00b", "\ud83d"];
    for (const sample of samples) expect(utf8ByteLength(sample), sample).toBe(new TextEncoder().encode(sample).length);
  });

  it("matches TextEncoder on random strings", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 500; n++) {
      let text = "";
      for (let i = 0; i < 20; i++) text += String.fromCharCode(Math.floor(random() * 0x10000));
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it("matches TextEncoder on strings longer than its scratch buffer, and at its edge", () => {
    const samples = ["a".repeat(1024), "€".repeat(1024), "😀".repeat(512), "a".repeat(1025), "€".repeat(5000), "x😀é\ud800".repeat(700)];
    for (const sample of samples) expect(utf8ByteLength(sample)).toBe(new TextEncoder().encode(sample).length);
  });
});
