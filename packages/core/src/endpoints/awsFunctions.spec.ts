import { readFileSync } from "node:fs";
import { partition as sdkPartition } from "@aws-sdk/core/client";
import { describe, expect, it } from "vitest";
import { awsIsVirtualHostableS3Bucket, awsParseArn, awsPartition } from "./awsFunctions.js";
import type { Partition, PartitionOutputs } from "./types.js";

const outputs = (name: string, dnsSuffix: string): PartitionOutputs => ({
  name,
  dnsSuffix,
  dualStackDnsSuffix: `api.${dnsSuffix}`,
  supportsFIPS: true,
  supportsDualStack: true,
  implicitGlobalRegion: `${name}-east-1`,
});

const PARTITIONS: Partition[] = [
  { id: "aws", regionRegex: "^(us|eu)-\\w+-\\d+$", regions: { "aws-global": {} }, outputs: outputs("aws", "amazonaws.com") },
  {
    id: "aws-cn",
    regionRegex: "^cn-\\w+-\\d+$",
    regions: { "aws-cn-global": {}, "cn-special-1": { supportsFIPS: false } },
    outputs: outputs("aws-cn", "amazonaws.com.cn"),
  },
  { id: "aws-us-gov", regionRegex: "^us-gov-\\w+-\\d+$", outputs: outputs("aws-us-gov", "amazonaws.com") },
];

describe("aws.partition", () => {
  it("finds a region listed by name before trying regexes, merging the region's overrides", () => {
    expect(awsPartition(PARTITIONS, "aws-cn-global")?.name).toBe("aws-cn");
    expect(awsPartition(PARTITIONS, "cn-special-1")).toEqual({ ...outputs("aws-cn", "amazonaws.com.cn"), supportsFIPS: false });
  });

  it("matches regexes in partition order", () => {
    expect(awsPartition(PARTITIONS, "cn-north-1")?.name).toBe("aws-cn");
    expect(awsPartition(PARTITIONS, "eu-west-3")?.name).toBe("aws");
    // "us-gov-west-1" is not matched by aws's regex (\w excludes "-"), so it reaches aws-us-gov.
    expect(awsPartition(PARTITIONS, "us-gov-west-1")?.name).toBe("aws-us-gov");
  });

  it("falls back to the aws partition for unknown regions, and is unset without one", () => {
    expect(awsPartition(PARTITIONS, "mars-central-1")?.name).toBe("aws");
    expect(awsPartition(PARTITIONS.slice(1), "mars-central-1")).toBeUndefined();
  });

  it("does not mistake Object.prototype members for listed regions", () => {
    expect(awsPartition(PARTITIONS, "constructor")?.name).toBe("aws");
  });

  it("with codegen-model/partitions.json, places every real region the official SDK lists where the SDK does", () => {
    const trimmed: Partition[] = JSON.parse(
      readFileSync(new URL("../../../../codegen-model/partitions.json", import.meta.url), "utf8"),
    ).partitions;
    const known = new Set(trimmed.map((p) => p.id));
    // The installed SDK's table may be newer than the pinned one (see codegen-model/PARTITIONS.md): compare
    // the regions of partitions both know, leaving out "*-global" pseudo-regions that later tables added.
    // scripts/import-partitions.mjs checks the trimming against its own source for every listed region.
    const source = readFileSync(
      new URL(
        "../../../../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js",
        import.meta.url,
      ),
      "utf8",
    );
    const sdkTable = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1));
    const regions = sdkTable.partitions
      .filter((p: Partition) => known.has(p.id))
      .flatMap((p: Partition) => Object.keys(p.regions ?? {}))
      .filter((region: string) => !region.endsWith("-global"));
    expect(regions.length).toBeGreaterThan(40);
    for (const region of [...regions, "us-east-99", "cn-east-9", "us-isob-west-7", "nowhere"]) {
      expect([region, awsPartition(trimmed, region)?.name]).toEqual([region, sdkPartition(region).name]);
    }
  });
});

describe("aws.parseArn", () => {
  it("splits the resource on ':' and '/'", () => {
    expect(awsParseArn("arn:aws:s3:us-east-1:123456789012:accesspoint/my-ap:obj")).toEqual({
      partition: "aws",
      service: "s3",
      region: "us-east-1",
      accountId: "123456789012",
      resourceId: ["accesspoint", "my-ap", "obj"],
    });
  });

  it("allows empty region and account, keeps empty resource parts", () => {
    expect(awsParseArn("arn:aws:s3:::bucket/")).toEqual({
      partition: "aws",
      service: "s3",
      region: "",
      accountId: "",
      resourceId: ["bucket", ""],
    });
  });

  it("is unset for too few sections, a prefix other than arn, or an empty partition, service or resource", () => {
    for (const value of ["arn:aws:s3:us-east-1:123", "arm:aws:s3:::b", "arn::s3:::b", "arn:aws::::b", "arn:aws:s3:r:a:", "bucket"]) {
      expect(awsParseArn(value)).toBeUndefined();
    }
  });
});

describe("aws.isVirtualHostableS3Bucket", () => {
  it("accepts lower-case names of 3-63 characters that are valid host labels", () => {
    for (const name of ["abc", "a-b-c", "123", "a0b1c2", "a".repeat(63), "a--b"]) {
      expect(awsIsVirtualHostableS3Bucket(name, false)).toBe(true);
    }
  });

  it("rejects short, long, upper-case, dash-edged and dotted names without sub-domains", () => {
    for (const name of ["ab", "a".repeat(64), "abcDef", "-abc", "abc-", "a.b-c", "abc_def"]) {
      expect(awsIsVirtualHostableS3Bucket(name, false)).toBe(false);
    }
  });

  it("with sub-domains, accepts dots but not IP addresses or adjacent dots and dashes", () => {
    for (const name of ["a.b-c", "a0.b1.c2", "192.168.1.word"]) expect(awsIsVirtualHostableS3Bucket(name, true)).toBe(true);
    for (const name of [".abc", "abc.", "a..b", "a-.b", "a.-b", "192.168.1.1", "999.999.999.999"]) {
      expect(awsIsVirtualHostableS3Bucket(name, true)).toBe(false);
    }
  });
});
