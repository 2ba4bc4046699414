import { describe, expect, it } from "vitest";
import { cognitoTimestamp } from "./cognitoTimestamp.js";

describe("cognitoTimestamp", () => {
  it("writes UTC with an unpadded day and padded hours, minutes and seconds", () => {
    expect(cognitoTimestamp(new Date("2026-12-05T09:07:03Z"))).toBe("Sat Dec 5 09:07:03 UTC 2026");
    expect(cognitoTimestamp(new Date("2027-01-31T23:59:59Z"))).toBe("Sun Jan 31 23:59:59 UTC 2027");
  });
});
