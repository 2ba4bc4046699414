/**
 * A version 4 UUID for amz-sdk-invocation-id, from `Math.random`. The ID correlates the attempts of
 * one call (and the call with the service's logs); it is not a secret and nothing authenticates
 * with it, so it needs uniqueness, not unpredictability. V8 seeds `Math.random` (xorshift128+,
 * 128 bits of state) per isolate from the entropy source Node gives it (OpenSSL's CSPRNG), so two
 * processes or workers draw the same 122 bits with negligible probability. What it saves: node:crypto
 * (or WebCrypto) is otherwise loaded for the first call's UUID, ~2–4 ms of a cold start in which the
 * whole request takes ~10 ms; per call it costs the same as `crypto.randomUUID` (~90 ns).
 */
export const randomUUID = (): string => {
  // Written into one reused buffer and read out once: a string built from 20 concatenations is a
  // rope that node:http flattens again when it checks the header value (~205 → ~110 ns per call).
  const out = (scratch ??= Buffer.from("00000000-0000-4000-8000-000000000000", "latin1"));
  let at = 0;
  for (let word = 0; word < 4; word++) {
    let bits = random32();
    for (let nibble = 0; nibble < 8; nibble++, bits >>>= 4) {
      const position = DIGITS[at++]!;
      // Version 4 at 14; variant 10xx (8, 9, a or b) at 19.
      out[position] = HEX[position === 14 ? 4 : position === 19 ? 8 | (bits & 3) : bits & 0xf]!;
    }
  }
  return out.toString("latin1", 0, 36);
};

let scratch: Buffer | undefined;

/** Char codes of 0-9 a-f. */
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** Where the 32 hex digits go: every position but the dashes at 8, 13, 18 and 23. */
const DIGITS = [
  0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
];

/** 32 of the 52 random bits of a `Math.random` double. */
const random32 = (): number => (Math.random() * 0x100000000) >>> 0;
