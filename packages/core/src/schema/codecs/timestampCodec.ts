import { fromEpochSeconds, parseDateTime, parseEpochSeconds, parseHttpDate, toDateTime, toHttpDate } from "../timestamps.js";
import type { Codec, MemberSchema } from "../types.js";

const valid = (date: Date | undefined): date is Date => date !== undefined && !Number.isNaN(date.getTime());

/**
 * Timestamps in the member's `@timestampFormat` (awsJson1_1's default: epoch seconds). Input may be a
 * Date, epoch seconds, or an RFC 3339 string; output is always a Date.
 */
export const timestampCodec: Codec = {
  kind: "timestamp",
  expected: "a valid Date, epoch seconds or an RFC 3339 date-time string",

  write(value: unknown, member: MemberSchema): string | undefined {
    const format = member.timestampFormat;
    let date: Date | undefined;
    if (value instanceof Date) date = value;
    else if (typeof value === "number") {
      if (!Number.isFinite(value)) return undefined;
      // Numbers already are epoch seconds: written as given rather than round-tripped through Date.
      if (format === undefined || format === "epoch-seconds") return String(value);
      date = fromEpochSeconds(value);
    } else if (typeof value === "string") date = parseDateTime(value);
    if (!valid(date)) return undefined;
    if (format === "date-time") return `"${toDateTime(date)}"`;
    if (format === "http-date") return `"${toHttpDate(date)}"`;
    return String(date.getTime() / 1000);
  },

  // A number is always epoch seconds; a string is read in the member's format. An epoch-seconds
  // member that gets a date-time or HTTP date string is read leniently, as Smithy's
  // parses_iso8601_timestamps / parses_httpdate_timestamps protocol tests ask of clients.
  read(value: unknown, member: MemberSchema): unknown {
    if (typeof value === "number") return fromEpochSeconds(value);
    if (typeof value !== "string") return value;
    const format = member.timestampFormat;
    const date =
      format === "date-time"
        ? parseDateTime(value)
        : format === "http-date"
          ? parseHttpDate(value)
          : (parseEpochSeconds(value) ?? parseDateTime(value) ?? parseHttpDate(value));
    return valid(date) ? date : undefined;
  },

  check: (value: unknown): number | undefined =>
    (value instanceof Date && valid(value)) ||
    (typeof value === "number" && Number.isFinite(value)) ||
    (typeof value === "string" && parseDateTime(value) !== undefined)
      ? 0
      : undefined,
};
