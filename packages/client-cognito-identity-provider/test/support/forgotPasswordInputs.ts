/**
 * Random ForgotPassword inputs from a seeded PRNG (same seed, same inputs): mostly plausible, with
 * wrong types, missing, empty and oversized members, unicode (astral, combining, right-to-left),
 * control and format characters, lone surrogates, `__proto__`/`constructor`/`prototype` keys as own
 * keys, null-prototype and class-like objects, cycles and deep nesting where nothing should look.
 * Whether an input is valid is decided elsewhere (modelConstraints.ts), not by the generator.
 */

import { mulberry32 } from "./seededRandom.js";

/** A seeded source of the fuzz's choices. */
export const seededRandom = (seed: number) => {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    between: (min: number, max: number) => min + int(max - min + 1),
  };
};
export type Random = ReturnType<typeof seededRandom>;

const chars = (text: string) => [...text];
const ASCII_WORD = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
const CLIENT_ID_CHARS = [...ASCII_WORD, "+"];
const SECRET_HASH_CHARS = [...ASCII_WORD, "+", "=", "/"];
/** Letters, marks, symbols, numbers and punctuation: what a Cognito username may hold. */
const USERNAME_CHARS = [
  ...ASCII_WORD,
  ...chars("!\"#%&'()*,-./:;?@[\\]{}$+<=>^`|~"),
  ...chars("éßΩЖمرحباשלום漢字क٣²‰ﷺ"),
  "\u{1D49C}", // 𝒜, astral letter
  "\u{10437}", // 𐐷, astral letter
  "\u{1F600}", // 😀, astral symbol
  "\u{1F1EB}", // regional indicator
  "\u0301", // combining acute accent
  "\u0308", // combining diaeresis
  "\u093F", // spacing combining mark
];
/** Separators, controls, format characters, surrogates, private use, unassigned. */
const BAD_CHARS = [
  " ", "\t", "\n", "\r", "\0", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0", "\u200B", "\u200D",
  "\u200E", "\u200F", "\u202E", "\u2028", "\uFEFF", "\uD800", "\uDFFF", "\uE000", "\u0378", "\u{F0000}",
];
const ANY_CHARS = [...USERNAME_CHARS, ...BAD_CHARS, "=", "\u00E9"];
const SPECIAL_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", ""];

/** A length in code points: mostly short, often at the edges of [min, max], sometimes far beyond. */
const lengthAround = (r: Random, min: number, max: number): number => {
  const roll = r.int(100);
  if (roll < 65) return r.between(Math.max(min, 1), Math.min(max, 24));
  if (roll < 80) return r.pick([min - 1, min, min + 1, max - 1, max, max + 1].filter((n) => n >= 0));
  if (roll < 95) return r.between(min, Math.min(max, 512));
  return max > 10_000 ? r.between(max - 2, max + 2) : r.between(max + 1, max * 4);
};

const text = (r: Random, pool: readonly string[], length: number): string => {
  if (length > 4096) {
    // Long strings repeat a random chunk: as good for length checks, and quick to build.
    const chunk = Array.from({ length: 1024 }, () => r.pick(pool));
    return chunk.join("").repeat(Math.floor(length / 1024)) + chunk.slice(0, length % 1024).join("");
  }
  let out = "";
  for (let i = 0; i < length; i++) out += r.pick(pool);
  return out;
};

/** Mostly from `pool`; sometimes with one character from anywhere spliced in. */
const stringFor = (r: Random, pool: readonly string[], min: number, max: number): string => {
  const length = lengthAround(r, min, max);
  const base = text(r, pool, length);
  if (!r.chance(0.15) || length === 0) return base;
  const cut = r.int(base.length);
  return base.slice(0, cut) + r.pick(ANY_CHARS) + base.slice(cut);
};

class Thing {
  ClientId = "fromAClass";
}

/** A value of the wrong kind for most members, or a container of such values. */
const junk = (r: Random, depth = 0): unknown => {
  switch (r.int(depth > 3 ? 14 : 20)) {
    case 0: return r.pick([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53]);
    case 1: return r.chance(0.5);
    case 2: return 10n;
    case 3: return Symbol("junk");
    case 4: return () => "function";
    case 5: return new Date(r.chance(0.5) ? 0 : Number.NaN);
    case 6: return r.pick([new Map([["a", "b"]]), new Set(["a"]), new Uint8Array(3), /re/u, new Error("junk")]);
    case 7: return new String("boxed");
    case 8: return new Thing();
    case 9: return Object.create({ inherited: "from the prototype", IpAddress: 7 });
    case 10: return stringFor(r, ANY_CHARS, 0, 40);
    case 11: return null;
    case 12: return undefined;
    case 13: return "";
    case 14: return Array.from({ length: r.int(4) }, () => junk(r, depth + 1));
    case 15: return nested(r, depth + 1);
    case 16: {
      const loop: Record<string, unknown> = { name: "cycle" };
      loop["self"] = loop;
      return loop;
    }
    case 17: {
      let deep: unknown = "bottom";
      for (let i = 0; i < 60; i++) deep = { deep };
      return deep;
    }
    default: return JSON.parse('{"__proto__":{"polluted":true,"ClientId":"fromProto"},"constructor":{"prototype":{"polluted":true}}}');
  }
};

/** Defines a key, `__proto__` included, as an own enumerable property. */
export const put = (target: object, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const newObject = (r: Random): Record<string, unknown> => (r.chance(0.15) ? Object.create(null) : {});

const nested = (r: Random, depth: number): Record<string, unknown> => {
  const out = newObject(r);
  for (let i = r.int(4); i > 0; i--) put(out, r.chance(0.4) ? r.pick(SPECIAL_KEYS) : stringFor(r, ANY_CHARS, 0, 12), junk(r, depth));
  return out;
};

/** Adds a few members the model doesn't know, some with dangerous names. */
const withStrangers = (r: Random, target: Record<string, unknown>): void => {
  if (!r.chance(0.3)) return;
  for (let i = r.between(1, 3); i > 0; i--) put(target, r.chance(0.6) ? r.pick(SPECIAL_KEYS) : stringFor(r, ANY_CHARS, 1, 10), junk(r, 1));
};

/** A member value: absent (undefined), or `good()`, or something wrong. */
const member = (r: Random, pAbsent: number, pGood: number, good: () => unknown, bad: () => unknown): unknown => {
  const roll = r.int(1000) / 1000;
  if (roll < pAbsent) return r.chance(0.8) ? undefined : null;
  if (roll < pAbsent + pGood) return good();
  return r.chance(0.6) ? bad() : junk(r);
};

const structure = (r: Random, fields: Record<string, () => unknown>): Record<string, unknown> => {
  const out = newObject(r);
  for (const [name, make] of Object.entries(fields)) {
    const value = make();
    if (value !== undefined || r.chance(0.2)) put(out, name, value);
  }
  withStrangers(r, out);
  return out;
};

const stringMember = (r: Random, max: number, pGood: number) => member(r, 0.4, pGood, () => stringFor(r, ANY_CHARS, 0, max), () => junk(r));

const clientMetadata = (r: Random): Record<string, unknown> => {
  const out = newObject(r);
  for (let i = r.chance(0.02) ? 300 : r.int(6); i > 0; i--) {
    const key = r.chance(0.3) ? r.pick(SPECIAL_KEYS) : r.chance(0.005) ? "k".repeat(131_073) : stringFor(r, ANY_CHARS, 0, 80);
    put(out, key, r.chance(0.9) ? stringFor(r, ANY_CHARS, 0, 200) : junk(r));
  }
  return out;
};

/** One input for ForgotPasswordCommand; usually an object, sometimes not even that. */
export const forgotPasswordInput = (r: Random): unknown => {
  if (r.chance(0.01)) return r.pick([null, undefined, 42, "ClientId", ["ClientId"], new Date(0), true]);
  const anyString = () => stringFor(r, ANY_CHARS, 0, 200);
  // Dangerous names are valid usernames: they must be sent (and hashed) like any other.
  const username = () => (r.chance(0.05) ? r.pick(SPECIAL_KEYS.slice(0, 7)) : stringFor(r, USERNAME_CHARS, 1, 128));
  const userContextData = () => structure(r, { IpAddress: () => stringMember(r, 131_072, 0.9), EncodedData: () => stringMember(r, 131_072, 0.9) });
  const analyticsMetadata = () => structure(r, { AnalyticsEndpointId: () => stringMember(r, 131_072, 0.9) });
  const input = structure(r, {
    ClientId: () => member(r, 0.05, 0.8, () => stringFor(r, CLIENT_ID_CHARS, 1, 128), anyString),
    Username: () => member(r, 0.05, 0.8, username, anyString),
    SecretHash: () => member(r, 0.5, 0.35, () => stringFor(r, SECRET_HASH_CHARS, 1, 128), anyString),
    UserContextData: () => member(r, 0.6, 0.3, userContextData, () => nested(r, 1)),
    AnalyticsMetadata: () => member(r, 0.6, 0.3, analyticsMetadata, () => nested(r, 1)),
    ClientMetadata: () => member(r, 0.5, 0.4, () => clientMetadata(r), () => nested(r, 1)),
  });
  // Half of what JSON can carry arrives the way a server-side app would get it: from JSON.parse.
  return r.chance(0.5) && isJsonSafe(input) ? JSON.parse(JSON.stringify(input)) : input;
};

const isJsonSafe = (value: unknown, seen = new Set<object>()): boolean => {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object" || seen.has(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  seen.add(value);
  return Object.values(value).every((v) => v !== undefined && isJsonSafe(v, seen));
};
