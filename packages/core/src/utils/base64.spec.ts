import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "./base64.js";
import { randomBytes } from "../../test/support/seededRandom.js";

// Node's Buffer is the reference here only; the code under test never uses it.
describe("base64", () => {
  it("encodes the RFC 4648 test vectors", () => {
    const vectors = ["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"];
    const inputs = ["", "f", "fo", "foo", "foob", "fooba", "foobar"];
    expect(inputs.map((text) => toBase64(new TextEncoder().encode(text)))).toEqual(vectors);
    expect(vectors.map((text) => new TextDecoder().decode(fromBase64(text)))).toEqual(inputs);
  });

  it("round-trips every length from 0 to 300 and agrees with Buffer", () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = randomBytes(length, length + 1);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64"));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it("handles large inputs, past the small-input path and past one string-building chunk", () => {
    for (const length of [1024, 1025, 1026, 1027, 200_000]) {
      const bytes = randomBytes(length, 3);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64"));
      expect(Buffer.from(fromBase64(text)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("accepts text without padding", () => {
    expect(fromBase64("Zm9vYg")).toEqual(new TextEncoder().encode("foob"));
    expect(fromBase64("Zm9vYmE")).toEqual(new TextEncoder().encode("fooba"));
  });

  it("rejects characters outside the standard alphabet and impossible lengths", () => {
    for (const bad of ["Zm9v!", "Zm 9v", "Zm9v-_", "Zm9vé", "Z", "Zm9vY", "Zg=", "Z===", "=Zg=", "Zg==Zg=="]) {
      expect(() => fromBase64(bad), bad).toThrow(TypeError);
    }
  });
});
