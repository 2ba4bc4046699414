import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { configuredEndpoint as inBrowsers } from "./configuredEndpoint.browser.js";
import { configuredEndpoint } from "./configuredEndpoint.node.js";
import { sharedFileSystem } from "./sharedConfigFiles.node.js";

// The precedence itself is checked against the official client in the client package's
// configuredEndpoint.integ.spec.ts; this checks when the shared files are read at all. Files are
// read once per process per path, so each test writes its own folder, and reads are counted
// through the reader's seam.
const dirs: string[] = [];
let dir: string;
let reads: MockInstance<(path: string) => string>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lithe-configured-endpoint-"));
  dirs.push(dir);
  await writeFile(join(dir, "config"), "[default]\nendpoint_url = http://127.0.0.1:1/from-file\n[profile other]\nservices = s\n[services s]\nmy_service =\n  endpoint_url = http://127.0.0.1:2\n");
  reads = vi.spyOn(sharedFileSystem, "readText");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const env = (vars: Record<string, string | undefined>) => {
  for (const name of ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_MY_SERVICE", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_PROFILE"]) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", join(dir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(dir, "none"));
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
};
const readPaths = () => reads.mock.calls.map(([path]) => path);

describe("configuredEndpoint", () => {
  it("answers from the environment alone when it decides, reading no file", () => {
    env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL: "http://127.0.0.1:3" });
    expect(configuredEndpoint("My Service")).toBeUndefined();
    env({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false", AWS_ENDPOINT_URL_MY_SERVICE: "http://127.0.0.1:4" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:4");
    expect(readPaths()).toEqual([]);
  });

  it("reads both shared files when the environment leaves the decision open, each once per process", () => {
    env({});
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:1/from-file");
    expect(readPaths().sort()).toEqual([join(dir, "config"), join(dir, "none")]);
    env({ AWS_PROFILE: "other" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:2");
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:2");
    // The missing credentials file too is remembered as missing.
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("reads the files with an endpoint variable set, since the profile may ignore it", () => {
    env({ AWS_ENDPOINT_URL: "http://127.0.0.1:7" });
    expect(configuredEndpoint("My Service")).toBe("http://127.0.0.1:7");
    expect(reads).toHaveBeenCalledTimes(2);
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
    expect(reads).not.toHaveBeenCalled();
  });
});
