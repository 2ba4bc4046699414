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
  if (next === made) refill();
  const start = 36 * next++;
  return text.slice(start, start + 36);
};

/**
 * UUIDs are made 64 at a time, written into one reused buffer and read out as one string that each
 * call slices: one flat string per call (a string built by concatenation is a rope that node:http
 * flattens again when it checks the header value) and one Buffer-to-string call per 64 calls instead
 * of per call (~0.15 → ~0.08 µs per call in the client). The first fill makes one: filling 64 in a
 * fresh process, where this code still runs in the interpreter, costs ~0.4 ms of the first call.
 */
const BATCH = 64;
let made = 0;
let next = 0;
let text = "";
let scratch: Buffer | undefined;

const refill = (): void => {
  const out = (scratch ??= Buffer.from("00000000-0000-4000-8000-000000000000".repeat(BATCH), "latin1"));
  made = made === 0 ? 1 : BATCH;
  for (let base = 0; base < 36 * made; base += 36) {
    for (let pair = 0; pair < 16; pair += 4) {
      let bits = random32();
      for (let byte = 0; byte < 4; byte++, bits >>>= 8) {
        const at = base + PAIRS[pair + byte]!;
        out[at] = HEX[(bits >>> 4) & 0xf]!;
        out[at + 1] = HEX[bits & 0xf]!;
      }
    }
    out[base + 14] = 52; // "4": version 4
    // Variant 10xx (8, 9, a or b) from the two low bits of the random digit's value: a char code
    // and its digit's value agree in those bits for 0-9, and differ by one for a-f (97 is "a" = 10).
    const digit = out[base + 19]!;
    out[base + 19] = HEX[8 | ((digit + (digit >> 6)) & 3)]!;
  }
  text = out.toString("latin1", 0, 36 * made);
  next = 0;
};

/** Char codes of 0-9 a-f. */
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** Where each random byte's two hex digits go: every even run of digits between the dashes at 8, 13, 18 and 23. */
const PAIRS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

/** 32 of the 52 random bits of a `Math.random` double. */
const random32 = (): number => (Math.random() * 0x100000000) >>> 0;
