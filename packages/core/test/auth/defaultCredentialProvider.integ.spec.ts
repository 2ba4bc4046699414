import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CredentialsProviderError } from "../../src/auth/CredentialsProviderError.js";
import { defaultCredentialProvider } from "../../src/auth/defaultCredentialProvider.js";
import { configuredEndpoint } from "../../src/runtime/configuredEndpoint.js";
import { sharedFileSystem } from "../../src/runtime/sharedConfigFiles.node.js";

// HOME is a fresh folder per test: the shared files are read once per process per path.
const VARS = [
  "AWS_ENDPOINT_URL",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_CREDENTIAL_EXPIRATION",
  "AWS_PROFILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_CONFIG_FILE",
  "HOME",
  "USERPROFILE",
  "HOMEPATH",
  "HOMEDRIVE",
];

let saved: Record<string, string | undefined>;
let home: string;

beforeEach(async () => {
  saved = Object.fromEntries(VARS.map((name) => [name, process.env[name]]));
  for (const name of VARS) delete process.env[name];
  home = await mkdtemp(join(tmpdir(), "lithe-credentials-"));
  process.env.HOME = home;
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await rm(home, { recursive: true, force: true });
});

const writeAws = async (file: "credentials" | "config", text: string) => {
  await mkdir(join(home, ".aws"), { recursive: true });
  await writeFile(join(home, ".aws", file), text);
};

const failure = async (promise: Promise<unknown>): Promise<CredentialsProviderError> => {
  const error = await promise.then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeInstanceOf(CredentialsProviderError);
  expect(error.name).toBe("CredentialsProviderError");
  return error;
};

describe("defaultCredentialProvider (Node)", () => {
  it("reads static and session credentials from the environment", async () => {
    process.env.AWS_ACCESS_KEY_ID = "AKIDENV";
    process.env.AWS_SECRET_ACCESS_KEY = "env-secret";
    process.env.AWS_SESSION_TOKEN = "env-token";
    process.env.AWS_CREDENTIAL_EXPIRATION = "2030-01-02T03:04:05Z";
    await writeAws("credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n");
    expect(await defaultCredentialProvider()()).toEqual({
      accessKeyId: "AKIDENV",
      secretAccessKey: "env-secret",
      sessionToken: "env-token",
      expiration: new Date("2030-01-02T03:04:05Z"),
    });
  });

  it("falls back to the default profile of ~/.aws/credentials", async () => {
    await writeAws("credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\naws_session_token = file-token\n");
    expect(await defaultCredentialProvider()()).toEqual({
      accessKeyId: "AKIDFILE",
      secretAccessKey: "file-secret",
      sessionToken: "file-token",
    });
  });

  it("reads [profile x] sections of ~/.aws/config, the credentials file winning key by key", async () => {
    process.env.AWS_PROFILE = "dev";
    await writeAws("config", "[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = config-secret\nregion = eu-west-1\n");
    await writeAws("credentials", "[dev]\naws_secret_access_key = credentials-secret\n");
    expect(await defaultCredentialProvider()()).toEqual({ accessKeyId: "AKIDCONFIG", secretAccessKey: "credentials-secret" });
  });

  it("uses the chosen profile instead of environment credentials, as the AWS SDK does", async () => {
    process.env.AWS_ACCESS_KEY_ID = "AKIDENV";
    process.env.AWS_SECRET_ACCESS_KEY = "env-secret";
    await writeAws("credentials", "[default]\naws_access_key_id = AKIDDEF\naws_secret_access_key = s\n[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = ci-secret\n");
    expect((await defaultCredentialProvider({ profile: "ci" })()).accessKeyId).toBe("AKIDCI");
    process.env.AWS_PROFILE = "ci";
    expect((await defaultCredentialProvider()()).accessKeyId).toBe("AKIDCI");
  });

  it("reads the files named by AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, with ~ expanded", async () => {
    await writeFile(join(home, "creds.ini"), "[default]\naws_access_key_id = AKIDCUSTOM\naws_secret_access_key = custom-secret\n");
    await writeAws("credentials", "[default]\naws_access_key_id = AKIDDEFAULTPATH\naws_secret_access_key = x\n");
    process.env.AWS_SHARED_CREDENTIALS_FILE = "~/creds.ini";
    process.env.AWS_CONFIG_FILE = join(home, "missing-config");
    expect((await defaultCredentialProvider()()).accessKeyId).toBe("AKIDCUSTOM");
  });

  it("reads nothing until called, then each file once per process, as the AWS SDK does", async () => {
    const reads = vi.spyOn(sharedFileSystem, "readText");
    const provider = defaultCredentialProvider();
    await writeAws("credentials", "[default]\naws_access_key_id = AKID1\naws_secret_access_key = s1\n");
    expect(reads).not.toHaveBeenCalled();
    expect((await provider()).accessKeyId).toBe("AKID1");
    await writeAws("credentials", "[default]\naws_access_key_id = AKID2\naws_secret_access_key = s2\n");
    expect((await provider()).accessKeyId).toBe("AKID1");
    expect((await defaultCredentialProvider()()).accessKeyId).toBe("AKID1");
    expect(reads.mock.calls.map(([path]) => path).sort()).toEqual([join(home, ".aws", "config"), join(home, ".aws", "credentials")]);
  });

  it("shares its reads with the configured endpoint: one read of each file for both", async () => {
    const reads = vi.spyOn(sharedFileSystem, "readText");
    await writeAws("config", "[default]\nendpoint_url = http://127.0.0.1:1\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n");
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:1");
    expect((await defaultCredentialProvider()()).accessKeyId).toBe("AKIDCONFIG");
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("says where it looked when nothing is found", async () => {
    const error = await failure(defaultCredentialProvider()());
    expect(error.message).toContain("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (not set)");
    expect(error.message).toContain(`${join(home, ".aws", "credentials")} (file not found)`);
    expect(error.message).toContain(`${join(home, ".aws", "config")} (file not found)`);
  });

  it("names the profile it looked for and never prints secret values", async () => {
    process.env.AWS_SECRET_ACCESS_KEY = "env-secret-value-1";
    await writeAws("credentials", "[default]\naws_secret_access_key = file-secret-value-2\naws_session_token = file-token-value-3\n");
    await writeAws("config", "[profile other]\naws_access_key_id = AKIDOTHER\n");
    const error = await failure(defaultCredentialProvider()());
    expect(error.message).toContain("(AWS_ACCESS_KEY_ID not set)");
    expect(error.message).toContain(`profile "default" in ${join(home, ".aws", "credentials")} (no aws_access_key_id and aws_secret_access_key pair)`);
    expect(error.message).toContain(`${join(home, ".aws", "config")} (no profile "default")`);
    expect(error.message).not.toMatch(/value-1|value-2|value-3|AKIDOTHER/);
  });

  it("explains that assume-role, SSO and credential_process profiles are not resolved", async () => {
    process.env.AWS_PROFILE = "admin";
    await writeAws("config", "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n");
    const error = await failure(defaultCredentialProvider()());
    expect(error.message).toContain('environment variables (skipped: profile "admin" chosen by AWS_PROFILE)');
    expect(error.message).toContain('Profile "admin" uses role_arn');
    expect(error.message).not.toContain("123456789012");
  });
});
