import { describe, expect, it } from "vitest";
import * as node from "./base64.js";
import * as browser from "./base64.browser.js";
import { randomBytes } from "../../test/support/seededRandom.js";

describe("base64 (browser twin)", () => {
  it("encodes and decodes every length from 0 to 300 like base64.ts", () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = randomBytes(length, length + 7);
      const text = browser.toBase64(bytes);
      expect(text).toBe(node.toBase64(bytes));
      expect(browser.fromBase64(text)).toEqual(bytes);
      const unpadded = text.replace(/=+$/, "");
      expect(browser.fromBase64(unpadded)).toEqual(node.fromBase64(unpadded));
    }
  });

  it("encodes inputs larger than one string-building chunk", () => {
    const bytes = randomBytes(200_000, 3);
    expect(browser.toBase64(bytes)).toBe(node.toBase64(bytes));
  });

  it("rejects what base64.ts rejects, with a TypeError", () => {
    for (const bad of ["Zm9v!", "Zm 9v", "Zm9v\n", "Zm9v-_", "Zm9vé", "Z", "Zm9vY", "Zg=", "Z===", "=Zg=", "Zg==Zg==", "Zg=a"]) {
      expect(() => node.fromBase64(bad), `base64.ts: ${bad}`).toThrow(TypeError);
      expect(() => browser.fromBase64(bad), `browser: ${bad}`).toThrow(TypeError);
    }
  });
});
