import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeDir, repoRoot } from "./helpers.js";

const importModel = (...args: string[]) =>
  promisify(execFile)(process.execPath, [join(repoRoot, "scripts/import-model.mjs"), ...args], { cwd: repoRoot });
const upstream = join(repoRoot, "../shared/reference/cognito-identity-provider.smithy.json");

let dir: string;
beforeAll(() => {
  dir = makeTempDir("import-model");
});
afterAll(() => removeDir(dir));

describe("scripts/import-model.mjs", () => {
  it("drops documentation prose and keeps every other trait, in source order", async () => {
    const source = {
      smithy: "2.0",
      shapes: {
        "a#Svc": {
          type: "service",
          traits: {
            "smithy.api#documentation": "<p>prose</p>",
            "smithy.rules#endpointRuleSet": { parameters: { Region: { type: "String", documentation: "prose" } } },
            "smithy.rules#endpointTests": { testCases: [{ documentation: "prose", params: {} }] },
            "smithy.api#title": "Kept",
          },
        },
        "a#S": {
          type: "structure",
          members: {
            traits: { target: "smithy.api#String", traits: { "smithy.api#documentation": "x", "smithy.api#required": {} } },
            other: { target: "smithy.api#String", traits: { "smithy.api#documentation": "x" } },
          },
          traits: { "smithy.api#examples": [{ title: "t" }], "x.y#custom": { documentation: "not prose: kept" } },
        },
      },
    };
    writeFileSync(join(dir, "in.json"), JSON.stringify(source));
    await importModel("--from", join(dir, "in.json"), "--to", join(dir, "out.json"));
    const text = readFileSync(join(dir, "out.json"), "utf8");
    expect(JSON.parse(text)).toEqual({
      smithy: "2.0",
      shapes: {
        "a#Svc": {
          type: "service",
          traits: {
            "smithy.rules#endpointRuleSet": { parameters: { Region: { type: "String" } } },
            "smithy.rules#endpointTests": { testCases: [{ params: {} }] },
            "smithy.api#title": "Kept",
          },
        },
        "a#S": {
          type: "structure",
          members: {
            traits: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
            other: { target: "smithy.api#String" },
          },
          traits: { "x.y#custom": { documentation: "not prose: kept" } },
        },
      },
    });
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "shapes": {\n    "a#Svc": {');
  });

  // In CI shared/ always sits beside the clone: there the test runs, and fails if the model is missing.
  it.runIf(existsSync(upstream) || Boolean(process.env.CI))("reproduces codegen-model/cognito-identity-provider.json byte for byte", async () => {
    await importModel("--to", join(dir, "cognito.json"));
    const committed = readFileSync(join(repoRoot, "codegen-model/cognito-identity-provider.json"), "utf8");
    expect(readFileSync(join(dir, "cognito.json"), "utf8") === committed).toBe(true);
    expect(committed).not.toMatch(/"(smithy\.api#)?documentation"|smithy\.api#examples/);
  });
});
