// JSON number grammar (RFC 8259 §6), for bigInteger/bigDecimal values given as strings. Both
// patterns are linear (no nested quantifiers), so a huge hostile string can't make them backtrack.

/** An integer as JSON writes it: no leading zeros, no "+". */
export const JSON_INTEGER = /^-?(?:0|[1-9]\d*)$/;

/** Any JSON number. */
export const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
