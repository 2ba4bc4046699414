import { describe, expect, it } from "vitest";
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
});
