import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeSecretHash } from "./computeSecretHash.js";
import { hmacSha256Base64 as browserHmac } from "./hmacSha256Base64.browser.js";
import { computeSecretHash as exported } from "./index.js";
import { prng } from "../../test/support/seededRandom.js";

// The reference: what Cognito's docs show, computed independently with node:crypto.
const reference = (secret: string, username: string, clientId: string) =>
  createHmac("sha256", secret).update(username + clientId).digest("base64");

describe("computeSecretHash", () => {
  it("is Base64(HMAC-SHA256(client secret, username + client id))", async () => {
    const hash = await computeSecretHash("s3cr3t-of-the-app-client", "alice@example.com", "4lnd3fghu1v0bq8q3ur3ci4kgn");
    expect(hash).toBe(reference("s3cr3t-of-the-app-client", "alice@example.com", "4lnd3fghu1v0bq8q3ur3ci4kgn"));
    expect(hash).toHaveLength(44);
  });

  it("gives the same hash in the browser build (WebCrypto) for random unicode usernames, secrets and client ids", async () => {
    const random = prng(20240611);
    const chars = [..."abcXYZ019+/=-_.@ äöüßéñ€ሴ中文😀🇩🇪👩‍💻"];
    const text = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => chars[Math.floor(random() * chars.length)]).join("");
    for (let i = 0; i < 300; i++) {
      // Secrets up to 100 characters: longer than the 64-byte HMAC block, so hashed keys are covered too.
      const [secret, username, clientId] = [text(100), text(40), text(26)];
      const expected = reference(secret, username, clientId);
      expect(await browserHmac(secret, username + clientId), `browser case ${i}`).toBe(expected);
      expect(await computeSecretHash(secret, username, clientId), `node case ${i}`).toBe(expected);
    }
  });

  it("is what @lithe/core exports, loading the hashing code on the first call", async () => {
    expect(exported).not.toBe(computeSecretHash);
    expect(await exported("s3cr3t", "alice", "4lnd3fghu1v0bq8q3ur3ci4kgn")).toBe(reference("s3cr3t", "alice", "4lnd3fghu1v0bq8q3ur3ci4kgn"));
  });

  it("treats an empty secret as an empty HMAC key, not as no key", async () => {
    expect(await computeSecretHash("", "bob", "client")).toBe(reference("", "bob", "client"));
    expect(await browserHmac("", "bobclient")).toBe(reference("", "bob", "client"));
  });
});
