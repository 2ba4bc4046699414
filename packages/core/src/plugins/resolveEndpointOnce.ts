import { resolveEndpoint } from "../endpoints/index.js";
import type { ResolvedClientConfig } from "../client/types.js";

export interface ResolvedEndpoint {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  headers: Record<string, string>;
  url: string;
}

/**
 * Every endpoint rule-set parameter of this service comes from client config, so the endpoint is the
 * same for every call: resolve it on the first call and keep it.
 */
export const resolveEndpointOnce = (config: ResolvedClientConfig): (() => Promise<ResolvedEndpoint>) => {
  let pending: Promise<ResolvedEndpoint> | undefined;
  return () => (pending ??= resolveFromConfig(config).catch((error) => {
    pending = undefined; // a failed resolution (e.g. region provider) is retried on the next call
    throw error;
  }));
};

const resolveFromConfig = async (config: ResolvedClientConfig): Promise<ResolvedEndpoint> => {
  const override = config.endpoint === undefined ? undefined : endpointToUrl(config.endpoint);
  const region = await config.region();
  const { endpointRuleSet, partitions } = config.service;
  if (!endpointRuleSet) {
    if (!override) throw new Error("An `endpoint` is required: this service's model has no endpoint rules.");
    return fromUrl(override, {});
  }
  if (!region && !override) {
    throw new Error("Region is missing: pass `region` to the client (or set AWS_REGION in Node).");
  }
  const resolved = resolveEndpoint(
    endpointRuleSet as any,
    { Region: region, UseFIPS: config.useFipsEndpoint, UseDualStack: config.useDualstackEndpoint, Endpoint: override },
    partitions as any,
  );
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(resolved.headers ?? {})) headers[name.toLowerCase()] = values.join(",");
  return fromUrl(resolved.url, headers);
};

const endpointToUrl = (endpoint: NonNullable<ResolvedClientConfig["endpoint"]>): string => {
  if (typeof endpoint === "string") return endpoint;
  if (endpoint instanceof URL) return endpoint.href;
  const protocol = (endpoint.protocol ?? "https").replace(/:$/, "");
  return `${protocol}://${endpoint.hostname}${endpoint.port ? `:${endpoint.port}` : ""}${endpoint.path ?? ""}`;
};

const fromUrl = (href: string, headers: Record<string, string>): ResolvedEndpoint => {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new TypeError(`Invalid endpoint URL: ${JSON.stringify(href)}`);
  }
  return {
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname || "/",
    headers,
    url: url.href,
  };
};
