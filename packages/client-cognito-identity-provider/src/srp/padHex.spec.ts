import { describe, expect, it } from "vitest";
import { padHex } from "./padHex.js";

describe("padHex", () => {
  it("pads to whole bytes and keeps the top bit clear, as Java's BigInteger.toByteArray does", () => {
    expect(padHex(0n)).toBe("00");
    expect(padHex(0x1n)).toBe("01");
    expect(padHex(0x7fn)).toBe("7f");
    expect(padHex(0x80n)).toBe("0080");
    expect(padHex(0xabcn)).toBe("0abc");
    expect(padHex(0xf00dn)).toBe("00f00d");
  });

  it("writes negatives in two's complement at the padded width", () => {
    expect(padHex(-1n)).toBe("ff");
    expect(padHex(-0x80n)).toBe("80");
    expect(padHex(-0x100n)).toBe("ff00");
    expect(padHex(-0x7fffn)).toBe("8001");
  });
});
