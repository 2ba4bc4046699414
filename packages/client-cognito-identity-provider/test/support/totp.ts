import { createHmac } from "node:crypto";

/**
 * A TOTP code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) for a base32 secret such as
 * AssociateSoftwareToken's SecretCode: what an authenticator app would show.
 * https://datatracker.ietf.org/doc/html/rfc6238
 */
export const totp = (base32Secret: string, at = Date.now()): string => {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", base32Decode(base32Secret)).update(counter).digest();
  // Dynamic truncation, RFC 4226 section 5.3.
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
};

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32, padding and case ignored. */
const base32Decode = (text: string): Buffer => {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.replace(/=+$/, "").toUpperCase()) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
};
