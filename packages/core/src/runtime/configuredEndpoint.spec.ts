import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sharedFilesSandbox } from "../../test/support/sharedFilesSandbox.js";
import { configuredEndpoint as inBrowsers } from "./configuredEndpoint.browser.js";
import { configuredEndpoint } from "./configuredEndpoint.node.js";

// The precedence itself is checked against the official client in the client package's
// configuredEndpoint.integ.spec.ts; this checks when the shared files are read at all, counting
// reads through the reader's seam.
const files = sharedFilesSandbox("lithe-configured-endpoint-");
beforeEach(() =>
  writeFile(join(files.dir, "config"), "[default]\nendpoint_url = http://127.0.0.1:1/from-file\n[profile other]\nservices = s\n[services s]\nmy_service =\n  endpoint_url = http://127.0.0.1:2\n"),
);
afterEach(() => vi.unstubAllEnvs());

const env = (vars: Record<string, string | undefined>) => {
  for (const name of ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_MY_SERVICE", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_PROFILE"]) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", join(files.dir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(files.dir, "none"));
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
};

describe("configuredEndpoint", () => {
  it("answers from the environment alone when it decides, reading no file", () => {
    env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL: "http://127.0.0.1:3" });
    expect(configuredEndpoint("My Service")).toBeUndefined();
    env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false", AWS_ENDPOINT_URL_MY_SERVICE: "http://127.0.0.1:4" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:4");
    expect(files.reads).not.toHaveBeenCalled();
  });

  it("reads both shared files when the environment leaves the decision open, each once per process", () => {
    env({});
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:1/from-file");
    expect(files.readPaths()).toEqual([join(files.dir, "config"), join(files.dir, "none")]);
    env({ AWS_PROFILE: "other" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:2");
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:2");
    // The missing credentials file too is remembered as missing.
    expect(files.reads).toHaveBeenCalledTimes(2);
  });

  it("reads the files with an endpoint variable set, since the profile may ignore it", () => {
    env({ AWS_ENDPOINT_URL: "http://127.0.0.1:7" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:7");
    expect(files.reads).toHaveBeenCalledTimes(2);
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
    expect(files.reads).not.toHaveBeenCalled();
  });
});
