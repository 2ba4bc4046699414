import { bytesToHex } from "./bytes.js";
import { modPow } from "./modPow.js";
import { N, g } from "./srpGroup.js";

/**
 * Bytes of the secret exponent a. RFC 5054 asks for at least 256 bits (section 2.5.4); the cost of
 * a sign-in grows with the length of a (every bit is a 3072-bit squaring, twice), and 256 bits
 * already put a discrete logarithm out of reach (~2^128 work by Pollard's kangaroo).
 */
export const SMALL_A_BYTES = 32;

export interface ClientEphemeral {
  /** The secret: never sent, never logged. */
  readonly a: bigint;
  /** g^a mod N, sent as SRP_A. */
  readonly A: bigint;
}

/** A fresh (a, A) pair from the platform's CSPRNG; `a` may be given (tests, cross-checks). */
export const clientEphemeral = (a = randomSmallA()): ClientEphemeral => ({ a, A: modPow(g, a, N) });

const randomSmallA = (): bigint => {
  for (;;) {
    const a = BigInt(`0x${bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(SMALL_A_BYTES)))}`);
    // a = 0 would make A = 1; a chance of 2^-256, but the check is free.
    if (a !== 0n) return a;
  }
};
