import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { readSharedConfigFiles, readSharedFile, sharedFileSystem } from "./sharedConfigFiles.node.js";

// Each test has its own folder: the reader keeps every path it read for the life of the process.
const dirs: string[] = [];
let dir: string;
let reads: MockInstance<(path: string) => string>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lithe-shared-files-"));
  dirs.push(dir);
  reads = vi.spyOn(sharedFileSystem, "readText");
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("readSharedConfigFiles", () => {
  it("reads each file once per process, as the AWS SDK does: a later change is not seen", async () => {
    await writeFile(join(dir, "config"), "[default]\nregion = eu-west-1\n");
    await writeFile(join(dir, "credentials"), "[default]\naws_access_key_id = AKID1\n");
    const env = { AWS_CONFIG_FILE: join(dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials") };
    const first = readSharedConfigFiles(env);
    expect(first.config.sections["default"]).toEqual({ region: "eu-west-1" });
    expect(first.credentials.sections["default"]).toEqual({ aws_access_key_id: "AKID1" });
    await writeFile(join(dir, "config"), "[default]\nregion = us-west-2\n");
    expect(readSharedConfigFiles(env).config.sections["default"]).toEqual({ region: "eu-west-1" });
    expect(reads.mock.calls.map(([path]) => path).sort()).toEqual([join(dir, "config"), join(dir, "credentials")]);
  });

  it("remembers a missing file as missing, with why", async () => {
    const path = join(dir, "absent");
    expect(readSharedFile(path)).toEqual({ path, sections: {}, problem: "ENOENT" });
    await writeFile(path, "[default]\nregion = eu-west-1\n");
    expect(readSharedFile(path).problem).toBe("ENOENT");
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("says why a file it could not read was unreadable", async () => {
    await mkdir(join(dir, "a-folder"));
    expect(readSharedFile(join(dir, "a-folder")).problem).toBe("EISDIR");
  });

  it("keys the cache by the path after ~ expansion, from HOME, else USERPROFILE", async () => {
    await mkdir(join(dir, ".aws"));
    await writeFile(join(dir, ".aws", "config"), "[default]\nregion = eu-west-1\n");
    expect(readSharedConfigFiles({ HOME: dir }).config.path).toBe(join(dir, ".aws", "config"));
    expect(readSharedConfigFiles({ USERPROFILE: dir }).config.sections["default"]).toEqual({ region: "eu-west-1" });
    expect(readSharedConfigFiles({ HOME: dir, AWS_CONFIG_FILE: "~/.aws/config" }).credentials.path).toBe(join(dir, ".aws", "credentials"));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("reads a file again under another path, as when AWS_CONFIG_FILE changes", async () => {
    await writeFile(join(dir, "one"), "[default]\nregion = eu-west-1\n");
    await writeFile(join(dir, "two"), "[default]\nregion = us-west-2\n");
    expect(readSharedConfigFiles({ HOME: dir, AWS_CONFIG_FILE: join(dir, "one") }).config.sections["default"]?.region).toBe("eu-west-1");
    expect(readSharedConfigFiles({ HOME: dir, AWS_CONFIG_FILE: join(dir, "two") }).config.sections["default"]?.region).toBe("us-west-2");
  });
});
