import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fromUtf8 as utf8 } from "../utils/utf8.js";
import { hmacSha256, sha256, toHex } from "./digests.js";
import { randomBytes } from "../../test/support/seededRandom.js";

describe("sha256", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(toHex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256(new Uint8Array(0)))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with node:crypto for every length around the padding boundaries and for large inputs", () => {
    for (const length of [...Array(200).keys(), 1000, 4096, 100_003]) {
      const bytes = randomBytes(length, length + 1);
      expect(toHex(sha256(bytes)), `length ${length}`).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });
});

describe("hmacSha256", () => {
  it("agrees with node:crypto for empty, short, block-sized and longer-than-a-block keys", () => {
    for (const keyLength of [0, 1, 20, 63, 64, 65, 131]) {
      for (const dataLength of [0, 1, 55, 56, 64, 119, 1000]) {
        const key = randomBytes(keyLength, keyLength + 3);
        const data = randomBytes(dataLength, dataLength + 5);
        expect(toHex(hmacSha256(key, data)), `key ${keyLength}, data ${dataLength}`).toBe(createHmac("sha256", key).update(data).digest("hex"));
      }
    }
  });

  it("takes UTF-8 strings for key and data (RFC 4231 test case 2)", () => {
    expect(toHex(hmacSha256("Jefe", "what do ya want for nothing?"))).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
});
