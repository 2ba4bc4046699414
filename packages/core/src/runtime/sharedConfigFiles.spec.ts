import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedFilesSandbox } from "../../test/support/sharedFilesSandbox.js";
import { readSharedConfigFiles, readSharedFile } from "./sharedConfigFiles.node.js";

const files = sharedFilesSandbox("lithe-shared-files-");

describe("readSharedConfigFiles", () => {
  it("reads each file once per process, as the AWS SDK does: a later change is not seen", async () => {
    await writeFile(join(files.dir, "config"), "[default]\nregion = eu-west-1\n");
    await writeFile(join(files.dir, "credentials"), "[default]\naws_access_key_id = AKID1\n");
    const env = { AWS_CONFIG_FILE: join(files.dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(files.dir, "credentials") };
    const first = readSharedConfigFiles(env);
    expect(first.config.sections["default"]).toEqual({ region: "eu-west-1" });
    expect(first.credentials.sections["default"]).toEqual({ aws_access_key_id: "AKID1" });
    await writeFile(join(files.dir, "config"), "[default]\nregion = us-west-2\n");
    expect(readSharedConfigFiles(env).config.sections["default"]).toEqual({ region: "eu-west-1" });
    expect(files.readPaths()).toEqual([join(files.dir, "config"), join(files.dir, "credentials")]);
  });

  it("remembers a missing file as missing, with why", async () => {
    const path = join(files.dir, "absent");
    expect(readSharedFile(path)).toEqual({ path, sections: {}, problem: "ENOENT" });
    await writeFile(path, "[default]\nregion = eu-west-1\n");
    expect(readSharedFile(path).problem).toBe("ENOENT");
    expect(files.reads).toHaveBeenCalledTimes(1);
  });

  it("says why a file it could not read was unreadable", async () => {
    await mkdir(join(files.dir, "a-folder"));
    expect(readSharedFile(join(files.dir, "a-folder")).problem).toBe("EISDIR");
  });

  it("keys the cache by the path after ~ expansion, from HOME, else USERPROFILE", async () => {
    await mkdir(join(files.dir, ".aws"));
    await writeFile(join(files.dir, ".aws", "config"), "[default]\nregion = eu-west-1\n");
    expect(readSharedConfigFiles({ HOME: files.dir }).config.path).toBe(join(files.dir, ".aws", "config"));
    expect(readSharedConfigFiles({ USERPROFILE: files.dir }).config.sections["default"]).toEqual({ region: "eu-west-1" });
    expect(readSharedConfigFiles({ HOME: files.dir, AWS_CONFIG_FILE: "~/.aws/config" }).credentials.path).toBe(join(files.dir, ".aws", "credentials"));
    expect(files.reads).toHaveBeenCalledTimes(2);
  });

  it("reads a file again under another path, as when AWS_CONFIG_FILE changes", async () => {
    await writeFile(join(files.dir, "one"), "[default]\nregion = eu-west-1\n");
    await writeFile(join(files.dir, "two"), "[default]\nregion = us-west-2\n");
    expect(readSharedConfigFiles({ HOME: files.dir, AWS_CONFIG_FILE: join(files.dir, "one") }).config.sections["default"]?.region).toBe("eu-west-1");
    expect(readSharedConfigFiles({ HOME: files.dir, AWS_CONFIG_FILE: join(files.dir, "two") }).config.sections["default"]?.region).toBe("us-west-2");
  });
});
