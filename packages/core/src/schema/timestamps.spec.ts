import { describe, expect, it } from "vitest";
import { parseDateTime, parseEpochSeconds, parseHttpDate, toDateTime, toHttpDate } from "./timestamps.js";

describe("timestamps", () => {
  it("parse RFC 3339 with Z or an offset, either case of T and Z, and more than millisecond digits", () => {
    expect(parseDateTime("2023-11-14t22:13:20.123z")).toEqual(new Date(Date.UTC(2023, 10, 14, 22, 13, 20, 123)));
    expect(parseDateTime("2023-11-14T17:43:20.1239-04:30")).toEqual(new Date(Date.UTC(2023, 10, 14, 22, 13, 20, 123)));
    expect(parseDateTime("0099-01-01T00:00:00Z")!.getUTCFullYear()).toBe(99);
  });

  it("reject text that is not an RFC 3339 date-time", () => {
    for (const text of ["2023-11-14", "2023-11-14T22:13:20", "2023-13-01T00:00:00Z", "2023-01-01T24:00:00Z", " 2023-01-01T00:00:00Z"]) {
      expect(parseDateTime(text), text).toBeUndefined();
    }
  });

  it("parse IMF-fixdate, and nothing else, as http-date", () => {
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toEqual(new Date(Date.UTC(1994, 10, 6, 8, 49, 37)));
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBeUndefined();
    expect(parseHttpDate("Sun, 06 Foo 1994 08:49:37 GMT")).toBeUndefined();
  });

  it("parse epoch seconds sent as strings", () => {
    expect(parseEpochSeconds("1.7e9")).toEqual(new Date(1.7e12));
    expect(parseEpochSeconds("-1.5")).toEqual(new Date(-1500));
    expect(parseEpochSeconds("0x10")).toBeUndefined();
  });

  it("format date-time and http-date as the official SDK does", () => {
    expect(toDateTime(new Date(Date.UTC(2024, 1, 29, 0, 0, 0)))).toBe("2024-02-29T00:00:00Z");
    expect(toDateTime(new Date(Date.UTC(2024, 1, 29, 0, 0, 0, 5)))).toBe("2024-02-29T00:00:00.005Z");
    expect(toHttpDate(new Date(Date.UTC(1994, 10, 6, 8, 49, 37)))).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
  });
});
