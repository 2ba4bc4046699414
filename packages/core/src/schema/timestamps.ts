// Timestamp text formats of Smithy's @timestampFormat:
// https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// Anchored and free of nested quantifiers, so matching is linear even on hostile input.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/;
const EPOCH_SECONDS = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** RFC 3339 in UTC with "Z", without ".000" for whole seconds, as the official SDK writes it. */
export const toDateTime = (date: Date): string => {
  const iso = date.toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
};

/** IMF-fixdate (RFC 7231 §7.1.1.1), e.g. "Sun, 06 Nov 1994 08:49:37 GMT". */
export const toHttpDate = (date: Date): string =>
  `${DAYS[date.getUTCDay()]}, ${pad2(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
  `${String(date.getUTCFullYear()).padStart(4, "0")} ${pad2(date.getUTCHours())}:` +
  `${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())} GMT`;

/** Epoch seconds → Date, rounded to the millisecond so 1700000000.123 doesn't become ...122.9999. */
export const fromEpochSeconds = (seconds: number): Date => new Date(Math.round(seconds * 1000));

/** Builds a UTC date; setUTCFullYear (unlike Date.UTC) keeps years 0–99 as they are. */
const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string | undefined) => {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  // A leap second (":60") is folded into the next second, as Date cannot represent it.
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  date.setUTCHours(h, mi, s, ms);
  return date;
};

/** RFC 3339 date-time with "Z" or a numeric offset; undefined when the text is not one. */
export const parseDateTime = (text: string): Date | undefined => {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const date = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7]);
  if (date === undefined) return undefined;
  const offset = m[8]!;
  if (offset.length > 1) {
    const sign = offset[0] === "-" ? -1 : 1;
    const minutes = +offset.slice(1, 3) * 60 + +offset.slice(4, 6);
    date.setTime(date.getTime() - sign * minutes * 60_000);
  }
  return date;
};

/** IMF-fixdate; undefined when the text is not one. */
export const parseHttpDate = (text: string): Date | undefined => {
  const m = IMF_FIXDATE.exec(text);
  if (m === null) return undefined;
  return utc(+m[3]!, MONTHS.indexOf(m[2]!) + 1, +m[1]!, +m[4]!, +m[5]!, +m[6]!, m[7]);
};

/** Epoch seconds sent as a JSON string; undefined when the text is not a number. */
export const parseEpochSeconds = (text: string): Date | undefined =>
  EPOCH_SECONDS.test(text) ? fromEpochSeconds(Number(text)) : undefined;
