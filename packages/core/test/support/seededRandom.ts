// Seeded randomness for the core specs, so a failing generated case can be replayed from its seed.

/** mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export const prng = (seed: number) => (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** `length` bytes from a linear congruential generator seeded with `seed`. */
export const randomBytes = (length: number, seed: number): Uint8Array => {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
  return bytes;
};
