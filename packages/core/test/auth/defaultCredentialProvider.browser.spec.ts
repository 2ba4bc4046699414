import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { CredentialsProviderError } from "../../src/auth/CredentialsProviderError.js";
import { defaultCredentialProvider } from "../../src/auth/defaultCredentialProvider.browser.js";

describe("defaultCredentialProvider (browser)", () => {
  it("fails with a CredentialsProviderError that says to pass credentials", async () => {
    const error = await defaultCredentialProvider()().then(
      () => undefined,
      (e) => e,
    );
    expect(error).toBeInstanceOf(CredentialsProviderError);
    expect(error.message).toContain("Pass `credentials`");
  });

  it("bundles without any Node module, file or environment access", async () => {
    const entry = fileURLToPath(new URL("../../src/auth/defaultCredentialProvider.browser.ts", import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, write: false, platform: "browser", format: "esm", logLevel: "silent" });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain("CredentialsProviderError");
    expect(code).not.toMatch(/node:|readFile|process\.env|homedir/);
  });
});
