import { fromUtf8 } from "@lithe/core";
import { concatBytes, hexToBytes, bytesToHex } from "./bytes.js";
import { hmacSha256, sha256 } from "./digests.js";
import { modPow } from "./modPow.js";
import { padHex } from "./padHex.js";
import { N, g, hashHex, multiplierK } from "./srpGroup.js";
import { SrpProtocolError } from "./SrpProtocolError.js";

export interface PasswordAuthenticationKeyInput {
  /** The part of the user pool ID after the underscore. */
  poolName: string;
  /** USER_ID_FOR_SRP from the PASSWORD_VERIFIER challenge. */
  userId: string;
  password: string;
  /** SRP_B, parsed. */
  B: bigint;
  /** SALT as the service sent it (hex). */
  salt: string;
  a: bigint;
  A: bigint;
}

/**
 * The 16-byte key both sides derive in SRP-6a as Cognito runs it: S = (B - k·g^x)^(a + u·x) mod N,
 * then HKDF-SHA256 of padHex(S) with padHex(u) as salt and "Caldera Derived Key" as info.
 * The same arithmetic as amazon-cognito-identity-js's AuthenticationHelper (checked against it).
 */
export const passwordAuthenticationKey = async (input: PasswordAuthenticationKeyInput): Promise<Uint8Array<ArrayBuffer>> => {
  const { B, a, A } = input;
  // RFC 5054 2.5.4: abort when B % N is zero, or u is zero.
  if (B % N === 0n) throw new SrpProtocolError("SRP_B from the service is zero mod N");
  const u = await scramblingParameter(A, B);
  if (u === 0n) throw new SrpProtocolError("SRP scrambling parameter u is zero");
  const x = await privateKey(input.poolName, input.userId, input.password, input.salt);
  return derivedKey(await premasterSecret(B, x, a, u), u);
};

/** u = H(padHex(A) | padHex(B)). */
export const scramblingParameter = (A: bigint, B: bigint): Promise<bigint> => hashHex(padHex(A) + padHex(B));

/** x = H(padHex(salt) | hex(SHA-256(poolName | userId | ":" | password))); the salt is read as a number first. */
export const privateKey = async (poolName: string, userId: string, password: string, salt: string): Promise<bigint> => {
  const identityHash = bytesToHex(await sha256(fromUtf8(`${poolName}${userId}:${password}`)));
  return hashHex(padHex(BigInt(`0x${salt}`)) + identityHash);
};

/** S = (B - k·g^x)^(a + u·x) mod N. */
export const premasterSecret = async (B: bigint, x: bigint, a: bigint, u: bigint): Promise<bigint> =>
  modPow(B - (await multiplierK()) * modPow(g, x, N), a + u * x, N);

const INFO = concatBytes(fromUtf8("Caldera Derived Key"), new Uint8Array([1]));

/** HKDF-SHA256 (RFC 5869) of padHex(S), salt padHex(u), one block of output cut to 16 bytes. */
export const derivedKey = async (S: bigint, u: bigint): Promise<Uint8Array<ArrayBuffer>> => {
  const prk = await hmacSha256(hexToBytes(padHex(u)), hexToBytes(padHex(S)));
  return (await hmacSha256(prk, INFO)).slice(0, 16);
};
