import { readFileSync } from "node:fs";
import * as core from "@lithe/core";
import { describe, expect, it } from "vitest";
import { compileRuleSet } from "./compileRuleSet.js";
import { emitEndpointFiles } from "./emitEndpointFiles.js";
import { loadTsModule } from "../../test/support/loadTsModule.js";

const partitionsJson = JSON.parse(readFileSync(new URL("../../../../codegen-model/partitions.json", import.meta.url), "utf8"));
// Every current partition has dual-stack; aws-iso loses it here so that rules refusing it stay reachable.
const PARTITIONS: core.Partition[] = partitionsJson.partitions.map((p: core.Partition) =>
  p.id === "aws-iso" ? { ...p, outputs: { ...p.outputs, supportsDualStack: false } } : p,
);

const ref = (name: string) => ({ ref: name });
const fn = (name: string, ...argv: unknown[]) => ({ fn: name, argv });
const assign = (call: object, name: string) => ({ ...call, assign: name });
const attr = (name: string, path: string) => fn("getAttr", ref(name), path);

/** Region-style rules: trees that fall through, aws.partition, getAttr paths in conditions and templates. */
const REGIONAL = {
  version: "1.0",
  parameters: {
    Region: { type: "String", builtIn: "AWS::Region" },
    UseFIPS: { type: "Boolean", required: true, default: false },
    UseDualStack: { type: "Boolean", required: true, default: false },
    Endpoint: { type: "String", builtIn: "SDK::Endpoint" },
  },
  rules: [
    {
      type: "tree",
      conditions: [fn("isSet", ref("Endpoint"))],
      rules: [
        { type: "error", conditions: [fn("booleanEquals", ref("UseFIPS"), true)], error: "FIPS with {Endpoint}" },
        { type: "endpoint", endpoint: { url: ref("Endpoint") } },
      ],
    },
    {
      type: "tree",
      conditions: [fn("isSet", ref("Region")), assign(fn("aws.partition", ref("Region")), "PartitionResult")],
      rules: [
        {
          type: "tree",
          conditions: [fn("booleanEquals", ref("UseDualStack"), true), fn("booleanEquals", attr("PartitionResult", "supportsDualStack"), true)],
          rules: [
            { type: "endpoint", conditions: [fn("stringEquals", attr("PartitionResult", "name"), "aws")], endpoint: { url: "https://svc.{Region}.api.aws" } },
            // No unconditional rule: a dual-stack region outside "aws" matches no rule of this tree.
            { type: "endpoint", conditions: [fn("not", ref("UseFIPS"))], endpoint: { url: "https://svc.{Region}.{PartitionResult#dualStackDnsSuffix}" } },
          ],
        },
        { type: "error", conditions: [fn("booleanEquals", ref("UseDualStack"), true)], error: "no dual-stack in {PartitionResult#name}" },
        {
          type: "endpoint",
          conditions: [fn("getAttr", ref("PartitionResult"), "supportsFIPS"), fn("booleanEquals", ref("UseFIPS"), true)],
          endpoint: { url: "https://svc-fips.{Region}.{PartitionResult#dnsSuffix}", properties: { region: "{Region}", global: "{PartitionResult#implicitGlobalRegion}" } },
        },
        { type: "endpoint", endpoint: { url: "https://svc.{Region}.{PartitionResult#dnsSuffix}" } },
      ],
    },
    { type: "error", error: "Invalid Configuration: Missing Region" },
  ],
};

/** Every other standard and AWS function, assignments (one shadowing another), headers, properties, escapes. */
const LIBRARY = {
  version: "1.3",
  parameters: {
    Bucket: { type: "String", required: true },
    Key: { type: "String", required: true, default: "index.html" },
    Endpoint: { type: "String" },
    Region: { type: "String" },
    UseFIPS: { type: "Boolean", required: true, default: false },
    Names: { type: "StringArray" },
    toString: { type: "String" },
    "with-dash": { type: "String", default: "dashed" },
  },
  rules: [
    { type: "error", conditions: [fn("stringEquals", ref("Bucket"), "")], error: "empty {{bucket}} `${{x}}` \\ {with-dash} {toString}" },
    {
      type: "tree",
      conditions: [fn("isSet", ref("Endpoint")), assign(fn("parseURL", ref("Endpoint")), "url")],
      rules: [
        { type: "error", conditions: [fn("booleanEquals", ref("UseFIPS"), true)], error: "no FIPS at {url#scheme}://{url#authority}" },
        {
          type: "endpoint",
          conditions: [fn("aws.isVirtualHostableS3Bucket", ref("Bucket"), false), fn("not", attr("url", "isIp"))],
          endpoint: {
            url: "{url#scheme}://{Bucket}.{url#authority}{url#normalizedPath}{Key}",
            headers: { "x-bucket": ["{Bucket}"], "X-Path": ["{url#path}", "`quoted` ${{not}}"] },
          },
        },
        {
          type: "endpoint",
          endpoint: {
            url: "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}",
            properties: { authSchemes: [{ name: "sigv4", double: false, region: "{Region}" }], nested: { n: 1, none: null, list: ["{Key}", true] } },
          },
        },
      ],
    },
    { type: "error", conditions: [fn("isSet", ref("Endpoint"))], error: "bad endpoint {Endpoint}" },
    {
      type: "tree",
      conditions: [assign(fn("aws.parseArn", ref("Bucket")), "arn")],
      rules: [
        { type: "error", conditions: [fn("not", fn("isValidHostLabel", attr("arn", "region"), false))], error: "bad region '{arn#region}'" },
        {
          type: "tree",
          conditions: [assign(attr("arn", "resourceId[1]"), "default")],
          rules: [
            {
              type: "endpoint",
              conditions: [fn("stringEquals", attr("arn", "resourceId[0]"), "accesspoint")],
              endpoint: { url: "https://{default}-{arn#accountId}.{arn#service}.{arn#region}.example/{arn#resourceId[-1]}" },
            },
            { type: "endpoint", conditions: [assign(fn("substring", ref("default"), 0, 2, true), "default")], endpoint: { url: "https://{default}.short" } },
          ],
        },
        { type: "error", error: "ARN resource {arn#resourceId} ({arn#resourceId[-1]})" },
      ],
    },
    {
      type: "tree",
      conditions: [fn("isSet", ref("Region")), assign(fn("aws.partition", ref("Region")), "p")],
      rules: [
        {
          type: "endpoint",
          conditions: [fn("isSet", ref("Names")), assign(fn("getAttr", ref("Names"), "[0]"), "first")],
          endpoint: { url: "https://{first}.{Region}.{p#dnsSuffix}/{Names#[1]}" },
        },
        {
          type: "endpoint",
          conditions: [fn("aws.isVirtualHostableS3Bucket", ref("Bucket"), true), fn("booleanEquals", attr("p", "supportsFIPS"), ref("UseFIPS"))],
          endpoint: { url: "https://{Bucket}.{Region}.{p#dnsSuffix}/{Key}" },
        },
        {
          type: "endpoint",
          conditions: [
            fn("ite", ref("UseFIPS"), false, "yes"),
            fn("coalesce", ref("toString"), attr("p", "name")),
            assign(fn("coalesce", ref("toString"), fn("ite", ref("UseFIPS"), "fips", "plain")), "mode"),
            assign(fn("split", ref("Key"), "/", 2), "parts"),
            assign(fn("uriEncode", ref("Key")), "enc"),
            fn("stringEquals", attr("p", "name"), "aws"),
          ],
          endpoint: { url: "https://{mode}.{Region}.{p#name}/{parts#[0]}", properties: { rest: "{parts#[1]}", encoded: "{enc}", whole: "{parts}" } },
        },
      ],
    },
    { type: "error", error: "no region for {Bucket}" },
  ],
};

const compiled = (ruleSet: object) => {
  const files = emitEndpointFiles({ traits: { "smithy.rules#endpointRuleSet": ruleSet } }, PARTITIONS, { header: "// test" });
  const partitions = files["endpoint/partitions.ts"] ? loadTsModule(files["endpoint/partitions.ts"], { "@lithe/core": core }) : {};
  const module = loadTsModule(files["endpoint/resolveEndpoint.ts"]!, { "@lithe/core": core, "./partitions.js": partitions });
  return module.resolveEndpoint as (params: core.EndpointParams) => core.EndpointResult;
};

const outcome = (resolve: () => unknown): unknown => {
  try {
    return resolve();
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
};

// mulberry32: a seeded generator, so a failure names a reproducible case.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const VALUES: Record<string, unknown[]> = {
  Region: [undefined, "", "us-east-1", "eu-west-1", "cn-north-1", "aws-cn-global", "us-gov-west-1", "us-iso-east-1", "eu-isoe-west-1", "mars-1", "constructor"],
  UseFIPS: [undefined, false, true],
  UseDualStack: [undefined, false, true],
  Endpoint: [undefined, "https://example.com", "http://127.0.0.1:8080/base/", "https://[::1]:443", "ftp://x", "https://a.b?q=1", "not a url"],
  Bucket: [
    ...[undefined, "", "my-bucket", "my.bucket", "a", "UPPER", "192.168.0.1"],
    ...["arn:aws:s3:us-west-2:123456789012:accesspoint/ap", "arn:aws:s3-outposts:us-west-2:123:outpost/op-1/accesspoint/ap"],
    ...["arn:aws:s3:bad_region:1:x", "arn:aws:s3:eu-west-1:1:solo"],
  ],
  Key: [undefined, "index.html", "a b/c/d", "~!*'()", ""],
  Names: [undefined, [], ["x"], ["first", "second"]],
  toString: [undefined, "custom"],
  "with-dash": [undefined, "given"],
};

/** Random parameter combinations for `ruleSet`: each parameter left out, undefined, or one of its values. */
const randomParams = (ruleSet: { parameters: object }, next: () => number) => {
  const params: Record<string, unknown> = {};
  for (const name of Object.keys(ruleSet.parameters)) {
    const value = VALUES[name]![Math.floor(next() * VALUES[name]!.length)];
    if (value !== undefined || next() < 0.5) params[name] = value;
  }
  return params as core.EndpointParams;
};

type Outcome = { url?: string; headers?: object; properties?: Record<string, unknown>; message?: string };
const url = (pattern: RegExp) => (o: Outcome) => pattern.test(o.url ?? "");
const error = (start: string) => (o: Outcome) => o.message?.startsWith(start) ?? false;

/** Per rule set: an outcome only each of its rules (and the no-match and missing-parameter errors) produces. */
const CASES = [
  {
    name: "region-style rules",
    ruleSet: REGIONAL,
    reaches: [
      error("FIPS with https://"),
      url(/^(https:\/\/example\.com|http:\/\/127)/),
      url(/^https:\/\/svc\.[\w-]+\.api\.aws$/),
      url(/^https:\/\/svc\.cn-north-1\.api\.amazonwebservices\.com\.cn$/),
      error("no dual-stack in aws-iso"),
      (o: Outcome) => o.properties?.global === "us-east-1",
      url(/^https:\/\/svc\.cn-north-1\.amazonaws\.com\.cn$/),
      error("Rules evaluation failed"),
      error("Invalid Configuration: Missing Region"),
    ],
  },
  {
    name: "rules calling every library function",
    ruleSet: LIBRARY,
    reaches: [
      error("Missing required parameter: 'Bucket'"),
      error("empty {bucket} `${x}` \\ given custom"),
      error("no FIPS at http://127.0.0.1:8080"),
      (o: Outcome) => `${JSON.stringify(o.headers)}`.endsWith(`"X-Path":["/","\`quoted\` \${not}"]}`),
      (o: Outcome) => Array.isArray(o.properties?.authSchemes),
      error("bad endpoint ftp://x"),
      error("bad region 'bad_region'"),
      url(/^https:\/\/ap-123456789012\.s3\.us-west-2\.example\/ap$/),
      url(/^https:\/\/-1\.short$/),
      error("ARN resource solo (solo)"),
      url(/^https:\/\/(x|first)\./),
      url(/^https:\/\/my[-.]bucket\.[\w-]+\.amazonaws\.com/),
      (o: Outcome) => o.properties?.encoded === "~%21%2A%27%28%29",
      error("no region for"),
      error("Rules evaluation failed"),
    ],
  },
];

describe("compileRuleSet", () => {
  for (const { name, ruleSet, reaches } of CASES) {
    it(`agrees with the evaluator on random parameters, reaching every rule: ${name}`, () => {
      const resolve = compiled(ruleSet);
      const next = random(name.length);
      const reached = reaches.map(() => false);
      for (let i = 0; i < 4000; i++) {
        const params = randomParams(ruleSet, next);
        const expected = outcome(() => core.resolveEndpoint({ ...(ruleSet as core.EndpointRuleSet), functions: core.endpointFunctions }, params, PARTITIONS)) as Outcome;
        const actual = outcome(() => resolve(params));
        if (JSON.stringify(actual) !== JSON.stringify(expected)) expect([params, actual]).toEqual([params, expected]);
        reaches.forEach((test, j) => (reached[j] ||= test(expected)));
      }
      expect(reached.map((hit, j) => (hit ? "reached" : `rule ${j} never reached`))).toEqual(reaches.map(() => "reached"));
    });
  }

  it("merges neighbouring rules with the same outcome, reading the compared value into a literal url", () => {
    const leaf = (region: string, url: string) => ({ type: "endpoint", conditions: [fn("stringEquals", ref("Region"), region)], endpoint: { url } });
    const ruleSet = {
      parameters: { Region: { type: "String", required: true }, UseFIPS: { type: "Boolean", required: true, default: false } },
      rules: [
        leaf("us-east-1", "https://svc.us-east-1.example"),
        { type: "endpoint", conditions: [fn("stringEquals", "eu-west-1", ref("Region"))], endpoint: { url: "https://svc.eu-west-1.example" } },
        leaf("us-west-2", "https://svc.us-west-2.example/us-west-2"),
        leaf("cn-north-1", "https://svc.example"),
        leaf("us-east-2", "https://svc.example"),
        { type: "error", conditions: [fn("booleanEquals", ref("UseFIPS"), true), fn("stringEquals", ref("Region"), "mars-1")], error: "no {Region}" },
        { type: "error", conditions: [fn("stringEquals", ref("Region"), "{{x}}")], error: "no {Region}" },
        { type: "error", conditions: [assign(fn("aws.partition", ref("Region")), "p")], error: "no {Region}" },
        leaf("constructor", "https://{Region}.example"),
      ],
    };
    const { body } = compileRuleSet(ruleSet);
    expect(body).toContain('if (Region === "us-east-1" || "eu-west-1" === Region) return { url: `https://svc.${Region}.example` };');
    expect(body).toContain("url: `https://svc.${Region}.example/${Region}`");
    expect(body).toContain('if (Region === "cn-north-1" || Region === "us-east-2") return { url: "https://svc.example" };');
    expect(body).toContain('if ((UseFIPS === true && Region === "mars-1") || Region === "{x}") throw');
    const resolve = compiled(ruleSet);
    const regions = ["us-east-1", "eu-west-1", "us-west-2", "cn-north-1", "us-east-2", "mars-1", "{x}", "eu-north-1", "constructor", "moon"];
    for (const Region of regions)
      for (const UseFIPS of [false, true]) {
        const params = { Region, UseFIPS };
        expect([params, outcome(() => resolve(params))]).toEqual([params, outcome(() => core.resolveEndpoint(ruleSet as core.EndpointRuleSet, params, PARTITIONS))]);
      }
  });

  it("keeps template text as written: escaped braces, backslashes, backticks, `${` and line breaks", () => {
    const text = "a\\b `c` ${{d}} {{e}}\r\n\u2028{R}";
    const ruleSet: core.EndpointRuleSet = { parameters: { R: { type: "String", required: true } }, rules: [{ type: "error", error: text }] };
    const resolve = compiled(ruleSet);
    const expected = "a\\b `c` ${d} {e}\r\n\u2028x";
    expect(() => core.resolveEndpoint(ruleSet, { R: "x" })).toThrow(expected);
    expect(() => resolve({ R: "x" })).toThrow(expected);
    expect(outcome(() => resolve({ R: "x" }))).toEqual(outcome(() => core.resolveEndpoint(ruleSet, { R: "x" })));
  });

  it("reads getAttr paths of assigned values as properties, and calls getAttr on parameters", () => {
    const { body, imports } = compileRuleSet(LIBRARY);
    expect(body).toContain("arn.resourceId?.[1]");
    expect(body).toContain("url.isIp");
    expect(body).toContain(`getAttr(Names, "[1]")`);
    expect(body).toContain(`getAttr(arn, "resourceId[-1]")`);
    expect(imports).toEqual(["awsIsVirtualHostableS3Bucket", "awsParseArn", "awsPartition", "coalesce", "getAttr", "isValidHostLabel", "ite", "parseURL", "split", "substring", "uriEncode"]);
  });

  it("gives each assignment its own local, renaming reserved words and names that are not identifiers", () => {
    const { body } = compileRuleSet(LIBRARY);
    expect(body).toContain("let url: any, arn: any, _default: any, _default_2: any, p: any, first: any, value: any;");
    expect(body).toContain(`const _with_dash: any = params["with-dash"] ?? "dashed";`);
    expect(body).toContain(`const toString: any = (Object.hasOwn(params, "toString") ? params["toString"] : undefined);`);
  });

  it("checks required parameters without a default, and reports which attributes of aws.partition it reads", () => {
    const { body } = compileRuleSet(LIBRARY);
    expect(body).toContain(`if (Bucket == null) throw new EndpointError("Missing required parameter: 'Bucket'");`);
    expect(body).not.toContain("Key == null");
    expect(compileRuleSet(REGIONAL).partitionAttributes).toEqual(["dnsSuffix", "dualStackDnsSuffix", "implicitGlobalRegion", "name", "supportsDualStack", "supportsFIPS"]);
    expect(compileRuleSet(LIBRARY).partitionAttributes).toEqual(["dnsSuffix", "name", "supportsFIPS"]);
    const whole = { parameters: { R: { type: "String", required: true } }, rules: [{ type: "error", conditions: [assign(fn("aws.partition", ref("R")), "p")], error: "{p}" }] };
    expect(compileRuleSet(whole).partitionAttributes).toBeUndefined();
  });
});
