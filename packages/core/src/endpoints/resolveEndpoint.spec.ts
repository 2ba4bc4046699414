import { describe, expect, it } from "vitest";
import { EndpointError } from "./EndpointError.js";
import { endpointFunctions } from "./endpointFunctions.js";
import { resolveEndpoint } from "./resolveEndpoint.js";
import type { EndpointParams, EndpointRuleSet, Partition, Rule } from "./types.js";

const REGION_RULE_SET: EndpointRuleSet = {
  parameters: {
    Region: { type: "String" },
    UseFIPS: { type: "Boolean", required: true, default: false },
  },
  rules: [
    {
      type: "tree",
      conditions: [{ fn: "isSet", argv: [{ ref: "Region" }] }, { fn: "aws.partition", argv: [{ ref: "Region" }], assign: "P" }],
      rules: [
        {
          type: "endpoint",
          conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }],
          endpoint: { url: "https://svc-fips.{Region}.{P#dnsSuffix}" },
        },
        { type: "endpoint", endpoint: { url: "https://svc.{Region}.{P#dnsSuffix}" } },
      ],
    },
    { type: "error", error: "Missing Region" },
  ],
};

const PARTITIONS: Partition[] = [
  {
    id: "aws",
    regionRegex: "^(us|eu)-\\w+-\\d+$",
    outputs: {
      name: "aws",
      dnsSuffix: "amazonaws.com",
      dualStackDnsSuffix: "api.aws",
      supportsFIPS: true,
      supportsDualStack: true,
      implicitGlobalRegion: "us-east-1",
    },
  },
  {
    id: "aws-cn",
    regionRegex: "^cn-\\w+-\\d+$",
    outputs: {
      name: "aws-cn",
      dnsSuffix: "amazonaws.com.cn",
      dualStackDnsSuffix: "api.amazonwebservices.com.cn",
      supportsFIPS: true,
      supportsDualStack: true,
      implicitGlobalRegion: "cn-northwest-1",
    },
  },
];

const failure = (ruleSet: EndpointRuleSet, params: EndpointParams = {}, partitions?: Partition[]) => {
  try {
    resolveEndpoint(ruleSet, params, partitions);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected resolveEndpoint to throw");
};

/** A rule set with the given parameters (all optional strings) and rules. */
const rulesOver = (names: string[], rules: Rule[], functions?: EndpointRuleSet["functions"]): EndpointRuleSet => ({
  parameters: Object.fromEntries(names.map((name) => [name, { type: "String" }])),
  rules,
  ...(functions ? { functions } : {}),
});

describe("resolveEndpoint", () => {
  it("fills templates from parameters and aws.partition outputs", () => {
    expect(resolveEndpoint(REGION_RULE_SET, { Region: "cn-north-1" }, PARTITIONS)).toEqual({
      url: "https://svc.cn-north-1.amazonaws.com.cn",
    });
    expect(resolveEndpoint(REGION_RULE_SET, { Region: "eu-west-1", UseFIPS: true }, PARTITIONS).url).toBe(
      "https://svc-fips.eu-west-1.amazonaws.com",
    );
  });

  it("applies a parameter's default when the value is missing or undefined", () => {
    const ruleSet = {
      ...REGION_RULE_SET,
      parameters: { ...REGION_RULE_SET.parameters, UseFIPS: { type: "Boolean", required: true, default: true } },
    };
    expect(resolveEndpoint(ruleSet, { Region: "us-east-1" }, PARTITIONS).url).toBe("https://svc-fips.us-east-1.amazonaws.com");
    expect(resolveEndpoint(ruleSet, { Region: "us-east-1", UseFIPS: undefined }, PARTITIONS).url).toBe(
      "https://svc-fips.us-east-1.amazonaws.com",
    );
    expect(resolveEndpoint(ruleSet, { Region: "us-east-1", UseFIPS: false }, PARTITIONS).url).toBe("https://svc.us-east-1.amazonaws.com");
  });

  it("throws an EndpointError naming a missing required parameter before evaluating rules", () => {
    const ruleSet: EndpointRuleSet = {
      parameters: { Bucket: { type: "String", required: true } },
      rules: [{ type: "endpoint", endpoint: { url: "https://example.com" } }],
    };
    const error = failure(ruleSet);
    expect(error).toBeInstanceOf(EndpointError);
    expect(error.name).toBe("EndpointError");
    expect(error.message).toBe("Missing required parameter: 'Bucket'");
  });

  it("throws the selected error rule's message, with its template filled in", () => {
    expect(failure(REGION_RULE_SET, {}, PARTITIONS).message).toBe("Missing Region");
    const ruleSet = rulesOver(["Name"], [{ type: "error", error: "{Name} is not a valid name" }]);
    expect(failure(ruleSet, { Name: "x_y" }).message).toBe("x_y is not a valid name");
  });

  it("treats a matched tree as terminal: exhausting its rules fails instead of falling through", () => {
    const ruleSet = rulesOver(
      ["A"],
      [
        {
          type: "tree",
          conditions: [{ fn: "isSet", argv: [{ ref: "A" }] }],
          rules: [{ type: "endpoint", conditions: [{ fn: "stringEquals", argv: [{ ref: "A" }, "x"] }], endpoint: { url: "https://x" } }],
        },
        { type: "endpoint", endpoint: { url: "https://fallback" } },
      ],
    );
    expect(resolveEndpoint(ruleSet, { A: "x" }).url).toBe("https://x");
    expect(resolveEndpoint(ruleSet, {}).url).toBe("https://fallback");
    const error = failure(ruleSet, { A: "y" });
    expect(error).toBeInstanceOf(EndpointError);
    expect(error.message).toBe("Rules evaluation failed: no rule matched");
  });

  it("fails when no top-level rule matches", () => {
    const ruleSet = rulesOver(["A"], [{ type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "A" }] }], endpoint: { url: "https://a" } }]);
    expect(failure(ruleSet).message).toBe("Rules evaluation failed: no rule matched");
  });

  it("scopes assigned variables to their rule: visible to later conditions and subordinate rules, not to siblings", () => {
    const ruleSet = rulesOver(
      ["Url"],
      [
        {
          type: "tree",
          conditions: [
            { fn: "parseURL", argv: [{ ref: "Url" }], assign: "url" },
            { fn: "stringEquals", argv: [{ fn: "getAttr", argv: [{ ref: "url" }, "scheme"] }, "https"] },
          ],
          rules: [{ type: "endpoint", endpoint: { url: "https://{url#authority}{url#normalizedPath}secure" } }],
        },
        {
          type: "endpoint",
          conditions: [{ fn: "parseURL", argv: [{ ref: "Url" }], assign: "other" }],
          endpoint: { url: "https://plain/{other#scheme}" },
        },
        // `url` was assigned in the first rule only; here it is unset.
        { type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "url" }] }], endpoint: { url: "https://leaked" } },
        { type: "endpoint", endpoint: { url: "https://none" } },
      ],
      endpointFunctions,
    );
    expect(resolveEndpoint(ruleSet, { Url: "https://example.com:8443/base" }).url).toBe("https://example.com:8443/base/secure");
    expect(resolveEndpoint(ruleSet, { Url: "http://example.com" }).url).toBe("https://plain/http");
    expect(resolveEndpoint(ruleSet, { Url: "not a url" }).url).toBe("https://none");
  });

  it("counts any set value as a match, even an empty string, and fails only on false or unset", () => {
    const functions = { echo: (value: unknown) => value };
    const condition = (value: unknown) =>
      rulesOver(
        [],
        [
          { type: "endpoint", conditions: [{ fn: "echo", argv: [value as never], assign: "v" }], endpoint: { url: "https://matched/{v}" } },
          { type: "endpoint", endpoint: { url: "https://skipped" } },
        ],
        functions,
      );
    expect(resolveEndpoint(condition(""), {}).url).toBe("https://matched/");
    expect(resolveEndpoint(condition(0), {}).url).toBe("https://matched/0");
    expect(resolveEndpoint(condition(true), {}).url).toBe("https://matched/true");
    expect(resolveEndpoint(condition(false), {}).url).toBe("https://skipped");
    expect(resolveEndpoint(condition({ ref: "Nope" }), {}).url).toBe("https://skipped");
  });

  it("reads getAttr paths: keys, nested keys, indexes, negative indexes, and unset for what is missing", () => {
    const functions = { arn: () => ({ resourceId: ["a", "b", "c"], meta: { region: "r1", tags: [{ k: "x" }] } }) };
    const url = (template: string) =>
      resolveEndpoint(
        rulesOver([], [{ type: "endpoint", conditions: [{ fn: "arn", argv: [], assign: "v" }], endpoint: { url: template } }], functions),
        {},
      ).url;
    expect(url("{v#resourceId[0]}|{v#resourceId[2]}|{v#resourceId[-1]}|{v#meta.region}|{v#meta.tags[0].k}")).toBe("a|c|c|r1|x");

    const isSet = (path: string) =>
      resolveEndpoint(
        rulesOver(
          [],
          [
            {
              type: "endpoint",
              conditions: [
                { fn: "arn", argv: [], assign: "v" },
                { fn: "isSet", argv: [{ fn: "getAttr", argv: [{ ref: "v" }, path] }] },
              ],
              endpoint: { url: "https://set" },
            },
            { type: "endpoint", endpoint: { url: "https://unset" } },
          ],
          functions,
        ),
        {},
      ).url;
    expect(isSet("resourceId[1]")).toBe("https://set");
    expect(isSet("resourceId[3]")).toBe("https://unset");
    expect(isSet("meta.missing.deeper")).toBe("https://unset");
  });

  it("keeps escaped braces in templates", () => {
    const ruleSet = rulesOver(["A"], [{ type: "endpoint", endpoint: { url: "https://{A}.example.com/{{literal}}/{{{A}}}" } }]);
    expect(resolveEndpoint(ruleSet, { A: "x" }).url).toBe("https://x.example.com/{literal}/{x}");
  });

  it("takes the url from a reference or a function, not only a template", () => {
    const byRef = rulesOver(["Endpoint"], [{ type: "endpoint", endpoint: { url: { ref: "Endpoint" } } }]);
    expect(resolveEndpoint(byRef, { Endpoint: "https://custom.example" }).url).toBe("https://custom.example");
    const byFn = rulesOver(["Host"], [{ type: "endpoint", endpoint: { url: { fn: "uriEncode", argv: ["{Host}"] } } }], endpointFunctions);
    expect(resolveEndpoint(byFn, { Host: "a b" }).url).toBe("a%20b");
  });

  it("evaluates headers and properties, including templates nested in maps and arrays", () => {
    const ruleSet = rulesOver(
      ["Region"],
      [
        {
          type: "endpoint",
          endpoint: {
            url: "https://{Region}.example.com",
            headers: { "x-region": ["{Region}", "static"], "x-ref": [{ ref: "Region" }] },
            properties: {
              authSchemes: [{ name: "sigv4", signingRegion: "{Region}", disableDoubleEncoding: true }],
              nested: { list: ["{Region}-a", false] },
            },
          },
        },
      ],
    );
    expect(resolveEndpoint(ruleSet, { Region: "eu-west-1" })).toEqual({
      url: "https://eu-west-1.example.com",
      headers: { "x-region": ["eu-west-1", "static"], "x-ref": ["eu-west-1"] },
      properties: {
        authSchemes: [{ name: "sigv4", signingRegion: "eu-west-1", disableDoubleEncoding: true }],
        nested: { list: ["eu-west-1-a", false] },
      },
    });
  });

  it("only knows the built-ins and the rule set's own functions table", () => {
    const rules: Rule[] = [{ type: "endpoint", conditions: [{ fn: "parseURL", argv: ["https://a"], assign: "u" }], endpoint: { url: "https://{u#authority}" } }];
    const error = failure(rulesOver([], rules));
    expect(error).toBeInstanceOf(EndpointError);
    expect(error.message).toBe("Unknown endpoint function: parseURL");
    expect(resolveEndpoint(rulesOver([], rules, endpointFunctions), {}).url).toBe("https://a");
  });

  it("ignores undeclared parameters and never reads Object.prototype members as values", () => {
    const ruleSet = rulesOver(
      ["toString"],
      [
        { type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "toString" }] }], endpoint: { url: "https://set" } },
        { type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "Extra" }] }], endpoint: { url: "https://extra" } },
        { type: "endpoint", endpoint: { url: "https://unset" } },
      ],
    );
    expect(resolveEndpoint(ruleSet, { Extra: "x" }).url).toBe("https://unset");
    expect(resolveEndpoint(ruleSet, { toString: "x" }).url).toBe("https://set");
  });

  it("treats aws.partition as unset when no partition matches and there is no aws partition to fall back to", () => {
    // The tree needs a partition, so evaluation moves on to the rule after it.
    expect(failure(REGION_RULE_SET, { Region: "us-east-1" }).message).toBe("Missing Region");
    expect(failure(REGION_RULE_SET, { Region: "xx-east-1" }, PARTITIONS.slice(1)).message).toBe("Missing Region");
    expect(resolveEndpoint(REGION_RULE_SET, { Region: "xx-east-1" }, PARTITIONS).url).toBe("https://svc.xx-east-1.amazonaws.com");
  });
});
