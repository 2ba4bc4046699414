import * as official from "@aws-sdk/client-cognito-identity-provider";
import * as lithe from "@lithe/client-cognito-identity-provider";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { officialClientRequire } from "../../../scripts/lib/officialClient.mjs";

// Where each client sends a request, for every region the partitions table lists (commercial, China,
// GovCloud, the ISO partitions, the European Sovereign Cloud) and a few it does not, with and without
// FIPS and dual-stack. The official client's answer is whatever its own resolver does when a command is sent.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "1";

/** The full partitions table (regions included) of the @aws-sdk/core the official client imports. */
const officialPartitions = (): { id: string; regionRegex: string; regions: Record<string, unknown> }[] => {
  const core = dirname(officialClientRequire().resolve("@aws-sdk/core/package.json"));
  const text = readFileSync(join(core, "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js"), "utf8");
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)).partitions;
};

const partitions = officialPartitions();
const UNLISTED = ["us-east-99", "eusc-de-west-9", "us-isof-north-7", "cn-south-5", "mars-west-1", "not a region!"];
const regions = [...new Set([...partitions.flatMap((p) => Object.keys(p.regions ?? {})), ...UNLISTED])];
const flags = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
] as const;

class Captured extends Error {}

/** Sends an unsigned GetUser through `Client` and returns the URL it would have gone to, or the failure. */
async function destination(Client: any, Command: any, region: string, useFipsEndpoint: boolean, useDualstackEndpoint: boolean) {
  let url: string | undefined;
  const requestHandler = {
    handle: async (request: { protocol: string; hostname: string; port?: number; path: string }) => {
      url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
      throw new Captured();
    },
  };
  const client = new Client({ region, useFipsEndpoint, useDualstackEndpoint, requestHandler, maxAttempts: 1 });
  try {
    await client.send(new Command({ AccessToken: "token" }));
    return { error: "sent without reaching the handler" };
  } catch (error) {
    return error instanceof Captured || (error as Error).name === "Captured" ? { url } : { error: (error as Error).name };
  } finally {
    client.destroy();
  }
}

describe("endpoint resolution, lithe against the official client", () => {
  it("covers every partition, the European Sovereign Cloud and the ISO partitions included", () => {
    expect(partitions.map((p) => p.id).sort()).toEqual(["aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov"]);
    expect(regions).toContain("eusc-de-east-1");
  });

  it.each(regions)("%s: the same URL with and without FIPS and dual-stack, or both fail", async (region) => {
    for (const [fips, dualStack] of flags) {
      const theirs = await destination(official.CognitoIdentityProviderClient, official.GetUserCommand, region, fips, dualStack);
      const ours = await destination(lithe.CognitoIdentityProviderClient, lithe.GetUserCommand, region, fips, dualStack);
      const label = `${region} fips=${fips} dualStack=${dualStack}`;
      // A listed region always has a plain endpoint: "both fail" there would hide a broken harness.
      if (!UNLISTED.includes(region) && !fips && !dualStack) expect({ label, url: theirs.url }).toEqual({ label, url: expect.any(String) });
      if (theirs.url) expect({ label, url: ours.url }).toEqual({ label, url: theirs.url });
      else expect({ label, fails: ours.url === undefined }).toEqual({ label, fails: true });
    }
  });

  it("sends eusc-de-east-1 to amazonaws.eu and resolves dual-stack in the ISO partitions", async () => {
    const eusc = await destination(lithe.CognitoIdentityProviderClient, lithe.GetUserCommand, "eusc-de-east-1", false, false);
    expect(eusc.url).toBe("https://cognito-idp.eusc-de-east-1.amazonaws.eu/");
    const iso = await destination(lithe.CognitoIdentityProviderClient, lithe.GetUserCommand, "us-iso-east-1", false, true);
    expect(iso.url).toMatch(/^https:\/\/cognito-idp\.us-iso-east-1\.api\.aws\.ic\.gov\/$/);
  });
});
