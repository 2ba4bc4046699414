import { afterEach, describe, expect, it, vi } from "vitest";
import { passwordAuthenticationKey } from "./passwordAuthenticationKey.js";
import { passwordClaimSignature } from "./passwordClaimSignature.js";
import { clientEphemeral } from "./clientEphemeral.js";
import { N } from "./srpGroup.js";

afterEach(() => vi.unstubAllGlobals());

describe("SRP text encoding", () => {
  it("uses one TextEncoder for the process, not one per value encoded", async () => {
    let made = 0;
    const Platform = globalThis.TextEncoder;
    vi.stubGlobal(
      "TextEncoder",
      class extends Platform {
        constructor() {
          super();
          made++;
        }
      },
    );
    const { a, A } = clientEphemeral(0x1234567890abcdefn);
    for (let i = 0; i < 3; i++) {
      const key = await passwordAuthenticationKey({ poolName: "Pool", userId: `user-${i}`, password: "correct horse", B: (A * 7n) % N, salt: "0a1b2c", a, A });
      await passwordClaimSignature(key, { poolName: "Pool", userId: `user-${i}`, secretBlock: "c2VjcmV0", timestamp: "Fri Dec 5 14:00:00 UTC 2026" });
    }
    // At most the one @lithe/core's fromUtf8 makes on first use (none if it already has it).
    expect(made).toBeLessThanOrEqual(1);
  });
});
