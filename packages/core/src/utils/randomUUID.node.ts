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
  const a = random32();
  const b = random32();
  const c = random32();
  const d = random32();
  const hex = (HEX ??= Array.from({ length: 256 }, (_, i) => (i + 0x100).toString(16).slice(1)));
  return (
    hex[a >>> 24]! + hex[(a >>> 16) & 0xff]! + hex[(a >>> 8) & 0xff]! + hex[a & 0xff]! + "-" +
    hex[b >>> 24]! + hex[(b >>> 16) & 0xff]! + "-" +
    // Version 4 in the high nibble of byte 6, variant 10xx in the high bits of byte 8.
    hex[((b >>> 8) & 0x0f) | 0x40]! + hex[b & 0xff]! + "-" +
    hex[((c >>> 24) & 0x3f) | 0x80]! + hex[(c >>> 16) & 0xff]! + "-" +
    hex[(c >>> 8) & 0xff]! + hex[c & 0xff]! + hex[d >>> 24]! + hex[(d >>> 16) & 0xff]! + hex[(d >>> 8) & 0xff]! + hex[d & 0xff]!
  );
};

/** The byte → two hex digits table, built on first use (no work at import). */
let HEX: string[] | undefined;

/** 32 of the 52 random bits of a `Math.random` double. */
const random32 = (): number => (Math.random() * 0x100000000) >>> 0;
