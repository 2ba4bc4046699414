import { describe, expect, it } from "vitest";
import { configFileProfiles, parseIni } from "./parseIni.js";

describe("parseIni", () => {
  it("reads sections, trims keys and values, and drops comments", () => {
    const sections = parseIni(
      [
        "# leading comment",
        "[default]",
        "aws_access_key_id = AKID ; trailing comment",
        "aws_secret_access_key=se#cret",
        "  region =  eu-west-1  ",
        "; aws_session_token = commented-out",
        "",
        "[other]\r",
        "aws_access_key_id = AKID2",
      ].join("\n"),
    );
    expect(sections["default"]).toEqual({ aws_access_key_id: "AKID", aws_secret_access_key: "se#cret", region: "eu-west-1" });
    expect(sections["other"]).toEqual({ aws_access_key_id: "AKID2" });
  });

  it("nests indented keys under a key with an empty value", () => {
    const sections = parseIni("[default]\ns3 =\n  max_concurrent_requests = 10\naws_access_key_id = AKID\n");
    expect(sections["default"]).toEqual({ "s3.max_concurrent_requests": "10", aws_access_key_id: "AKID" });
  });

  it("ignores keys before the first section", () => {
    expect(Object.keys(parseIni("aws_access_key_id = AKID\n[a]\nk = v"))).toEqual(["a"]);
  });

  it("keeps a profile named __proto__ as data", () => {
    const sections = parseIni("[__proto__]\nk = v");
    expect(Object.getPrototypeOf(sections)).toBeNull();
    expect(sections["__proto__"]).toEqual({ k: "v" });
  });
});

describe("configFileProfiles", () => {
  it("maps [profile x] to x and [default] to default, ignoring other section kinds", () => {
    const profiles = configFileProfiles(parseIni("[default]\na = 1\n[profile dev]\nb = 2\n[sso-session s]\nc = 3\n[plain]\nd = 4"));
    expect(Object.keys(profiles).sort()).toEqual(["default", "dev"]);
    expect(profiles["dev"]).toEqual({ b: "2" });
  });

  it("lets [profile default] win over [default]", () => {
    expect(configFileProfiles(parseIni("[default]\na = 1\n[profile default]\na = 2"))["default"]).toEqual({ a: "2" });
  });
});
