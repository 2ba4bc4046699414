import { describe, expect, it } from "vitest";
import { modPow } from "./modPow.js";
import { N } from "./srpGroup.js";

/** Right-to-left square-and-multiply: slow, and too plain to be wrong the same way. */
const reference = (base: bigint, exponent: bigint, modulus: bigint): bigint => {
  let result = 1n % modulus;
  base = ((base % modulus) + modulus) % modulus;
  for (; exponent > 0n; exponent >>= 1n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
  }
  return result;
};
const random = (bits: number): bigint => {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(bits / 8)));
  return BigInt(`0x0${Buffer.from(bytes).toString("hex")}`) >> BigInt(bytes.length * 8 - bits);
};

describe("modPow", () => {
  it("matches square-and-multiply modulo N for exponents of every window size, and for base 2", () => {
    for (const bits of [1, 2, 7, 64, 81, 200, 241, 256, 512, 769, 1024]) {
      for (let i = 0; i < 3; i++) {
        const exponent = random(bits);
        const base = i === 0 ? 2n : random(3072);
        expect(modPow(base, exponent, N), `${bits}-bit exponent, base ${i === 0 ? 2 : "random"}`).toBe(reference(base, exponent, N));
      }
    }
  });

  it("matches on small moduli, with negative bases, zero and one", () => {
    for (let i = 0; i < 2000; i++) {
      const modulus = 1n + random(1 + (i % 40));
      const base = (i % 3 === 0 ? -1n : 1n) * random(1 + (i % 70));
      const exponent = random(i % 130);
      expect(modPow(base, exponent, modulus), `${base}^${exponent} mod ${modulus}`).toBe(reference(base, exponent, modulus));
    }
    expect(modPow(5n, 0n, 7n)).toBe(1n);
    expect(modPow(0n, 5n, 7n)).toBe(0n);
    expect(modPow(5n, 3n, 1n)).toBe(0n);
  });
});
