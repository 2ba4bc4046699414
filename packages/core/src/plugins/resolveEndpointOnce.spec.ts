import { describe, expect, it } from "vitest";
import type { ResolvedClientConfig, ServiceSchema } from "../client/types.js";
import { resolveEndpoint } from "../endpoints/resolveEndpoint.js";
import type { EndpointParams, EndpointRuleSet, Partition } from "../endpoints/types.js";
import { resolveEndpointOnce } from "./resolveEndpointOnce.js";

const RULE_SET: EndpointRuleSet = {
  parameters: {
    Region: { type: "String" },
    UseFIPS: { type: "Boolean", required: true, default: false },
    UseDualStack: { type: "Boolean", required: true, default: false },
    Endpoint: { type: "String" },
  },
  rules: [
    { type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }], endpoint: { url: { ref: "Endpoint" } } },
    {
      type: "endpoint",
      conditions: [{ fn: "aws.partition", argv: [{ ref: "Region" }], assign: "P" }],
      endpoint: {
        url: "https://svc.{Region}.{P#dnsSuffix}",
        headers: { "X-Fips": ["{UseFIPS}"], "X-Multi": ["a", "b"] },
      },
    },
  ],
};

const PARTITIONS: Partition[] = [{ id: "aws", regionRegex: "^us-\\w+-\\d+$", outputs: { dnsSuffix: "amazonaws.com" } }];

/** A client config over the rule set (through the evaluator, as a client with rule-set data passes it). */
const configWith = (overrides: Partial<ResolvedClientConfig>, calls: EndpointParams[] = []): ResolvedClientConfig =>
  ({
    region: async () => "us-east-1",
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    // Endpoint URLs from the environment and shared config file have their own tests
    // (runtime/configuredEndpoint.spec.ts); these must not depend on the machine's.
    ignoreConfiguredEndpointUrls: true,
    service: {
      resolveEndpoint: (params: EndpointParams) => {
        calls.push(params);
        return resolveEndpoint(RULE_SET, params, PARTITIONS);
      },
    } as Partial<ServiceSchema> as ServiceSchema,
    ...overrides,
  }) as ResolvedClientConfig;

const resolveOnce = (overrides: Partial<ResolvedClientConfig>, calls?: EndpointParams[]) => resolveEndpointOnce(configWith(overrides, calls))();

describe("resolveEndpointOnce", () => {
  it("resolves the service's rules from region and flags, with headers lower-cased and joined", async () => {
    const calls: EndpointParams[] = [];
    expect(await resolveOnce({ useFipsEndpoint: true }, calls)).toEqual({
      protocol: "https:",
      hostname: "svc.us-east-1.amazonaws.com",
      port: undefined,
      path: "/",
      headers: { "x-fips": "true", "x-multi": "a,b" },
      url: "https://svc.us-east-1.amazonaws.com/",
    });
    expect(calls).toEqual([{ Region: "us-east-1", UseFIPS: true, UseDualStack: false, Endpoint: undefined }]);
  });

  it("passes an endpoint override given as a string, a URL or parts to the rules as Endpoint", async () => {
    for (const endpoint of ["http://127.0.0.1:9229/base", new URL("http://127.0.0.1:9229/base"), { protocol: "http:", hostname: "127.0.0.1", port: 9229, path: "/base" }]) {
      const calls: EndpointParams[] = [];
      const resolved = await resolveOnce({ endpoint }, calls);
      expect(resolved).toMatchObject({ protocol: "http:", hostname: "127.0.0.1", port: 9229, path: "/base", headers: {} });
      expect(calls[0]!.Endpoint).toBe("http://127.0.0.1:9229/base");
    }
    expect((await resolveOnce({ endpoint: { hostname: "example.com" } })).url).toBe("https://example.com/");
    expect((await resolveOnce({ endpoint: "https://[::1]:8443" })).hostname).toBe("::1");
  });

  it("needs a region unless an endpoint is given, and an endpoint when the service has no rules", async () => {
    const noRegion = { region: async () => undefined };
    await expect(resolveOnce(noRegion)).rejects.toThrow("Region is missing: pass `region` to the client");
    expect((await resolveOnce({ ...noRegion, endpoint: "http://localhost:1" })).hostname).toBe("localhost");
    const noRules = { service: {} as ServiceSchema };
    await expect(resolveOnce(noRules)).rejects.toThrow("An `endpoint` is required");
    expect(await resolveOnce({ ...noRules, ...noRegion, endpoint: "http://localhost:2/" })).toMatchObject({ hostname: "localhost", port: 2 });
  });

  it("rejects an endpoint that is not a URL with a TypeError naming it", async () => {
    await expect(resolveOnce({ endpoint: "not a url" })).rejects.toThrow(new TypeError('Invalid endpoint URL: "not a url"'));
  });

  it("resolves once per client, and again after a failure", async () => {
    const calls: EndpointParams[] = [];
    let regionCalls = 0;
    const get = resolveEndpointOnce(configWith({ region: async () => (++regionCalls === 1 ? Promise.reject(new Error("no region yet")) : "us-east-1") }, calls));
    await expect(get()).rejects.toThrow("no region yet");
    const [first, second] = await Promise.all([get(), get()]);
    expect(first).toBe(second);
    expect(await get()).toBe(first);
    expect([regionCalls, calls.length]).toEqual([2, 1]);
  });
});
