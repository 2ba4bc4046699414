/**
 * The service's answer to USER_SRP_AUTH is not one SRP can go on with (another challenge, missing
 * or malformed parameters, or values that would make the key guessable, RFC 5054 2.5.4). The
 * message names what is wrong, never a value.
 */
export class SrpProtocolError extends Error {
  override readonly name = "SrpProtocolError";

  /**
   * By name: the SRP chunk is built self-contained, with its own copy of this class, and what it
   * throws must still be `instanceof` the class the package exports.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === "SrpProtocolError";
  }
}
