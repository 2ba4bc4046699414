import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { configuredEndpoint as inBrowsers } from "./configuredEndpoint.browser.js";
import { configuredEndpoint } from "./configuredEndpoint.node.js";

// The precedence itself is checked against the official client in the client package's
// configuredEndpoint.integ.spec.ts; this checks when the shared files are read at all.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lithe-configured-endpoint-"));
  await writeFile(join(dir, "config"), "[default]\nendpoint_url = http://127.0.0.1:1/from-file\n[profile other]\nservices = s\n[services s]\nmy_service =\n  endpoint_url = http://127.0.0.1:2\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const env = (vars: Record<string, string | undefined>) => {
  for (const name of ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_MY_SERVICE", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_PROFILE"]) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", join(dir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(dir, "none"));
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
};

describe("configuredEndpoint", () => {
  it("answers from the environment alone when it decides, whatever the file says", () => {
    env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL: "http://127.0.0.1:3" });
    expect(configuredEndpoint("My Service")).toBeUndefined();
    env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false", AWS_ENDPOINT_URL_MY_SERVICE: "http://127.0.0.1:4" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:4");
  });

  it("reads the shared config file when the environment leaves the decision open", () => {
    env({});
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:1/from-file");
    env({ AWS_PROFILE: "other" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:2");
  });

  it("names the variable and the services key after the service id", () => {
    env({ AWS_ENDPOINT_URL_MY_SERVICE: "http://127.0.0.1:5" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:5");
    // Profile "other" has a services section with a my_service key only, and no endpoint_url.
    env({ AWS_ENDPOINT_URL_MY_SERVICE: "http://127.0.0.1:6", AWS_PROFILE: "other" });
    expect(configuredEndpoint("Other")).toBeUndefined();
  });

  it("is nothing in browsers, which have no environment", () => {
    env({ AWS_ENDPOINT_URL: "http://127.0.0.1:3" });
    expect(inBrowsers("My Service")).toBeUndefined();
  });
});
