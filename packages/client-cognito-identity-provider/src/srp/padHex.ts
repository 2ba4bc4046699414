/**
 * The hex form Cognito hashes a number in: even length, and a leading "00" when the top bit is
 * set, so the bytes read back as a positive two's-complement integer (Java's BigInteger.toByteArray,
 * which Cognito's server side uses). Negative numbers get their two's-complement form, as in
 * amazon-cognito-identity-js's AuthenticationHelper.padHex; lithe only pads numbers reduced mod N,
 * but the rule is kept whole so that the cross-check covers it.
 */
export const padHex = (value: bigint): string => {
  if (value < 0n) {
    // Two's complement of |value| at the padded width; "ff8…" shortens to "8…" (same number).
    const magnitude = padHex(-value);
    const width = BigInt(magnitude.length * 4);
    const hex = ((1n << width) + value).toString(16);
    return hex.startsWith("ff8") ? hex.slice(2) : hex;
  }
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
};
