import { describe, expect, it, vi } from "vitest";
import { randomUUID as browserRandomUUID } from "./randomUUID.browser.js";
import { randomUUID } from "./randomUUID.js";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each([
  ["randomUUID (Node)", randomUUID],
  ["randomUUID (browser twin)", browserRandomUUID],
])("%s", (_name, generate) => {
  it("returns distinct version 4 UUIDs", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const uuid = generate();
      expect(uuid).toMatch(V4);
      seen.add(uuid);
    }
    expect(seen.size).toBe(1000);
  });

  it("draws every random digit: each of the 30 random positions takes many values, the variant all of 8, 9, a, b", () => {
    // Distinct UUIDs alone would not notice a fill that skipped some positions (left as "0").
    const uuids = Array.from({ length: 1000 }, () => generate().replaceAll("-", ""));
    for (let position = 0; position < 32; position++) {
      const digits = new Set(uuids.map((uuid) => uuid[position]));
      if (position === 12) expect(digits, "version").toEqual(new Set(["4"]));
      else if (position === 16) expect(digits, "variant").toEqual(new Set(["8", "9", "a", "b"]));
      else expect(digits.size, `position ${position}`).toBe(16);
    }
  });
});

describe("randomUUID (Node) in a fresh module", () => {
  it("makes the first UUID on its own, then whole batches, all version 4 and distinct", async () => {
    vi.resetModules();
    const { randomUUID: fresh } = await import("./randomUUID.node.js");
    // 1 from the first fill, then two batches of 64 and part of a third: every boundary crossed.
    const uuids = Array.from({ length: 1 + 64 + 64 + 10 }, () => fresh());
    for (const uuid of uuids) expect(uuid).toMatch(V4);
    expect(new Set(uuids).size).toBe(uuids.length);
  });
});
