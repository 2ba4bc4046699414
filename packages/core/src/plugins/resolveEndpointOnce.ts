import type { ResolvedClientConfig } from "../client/types.js";
import { configuredEndpoint } from "../runtime/configuredEndpoint.js";

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
  const { endpoint, service } = config;
  // The override as a URL string: a string or URL as given, an object's parts joined; without one,
  // what the environment or shared config file sets (Node only), unless the client ignores those.
  const Endpoint =
    typeof endpoint == "object" && !(endpoint instanceof URL)
      ? `${(endpoint.protocol ?? "https").replace(/:$/, "")}://${endpoint.hostname}` +
        `${endpoint.port ? `:${endpoint.port}` : ""}${endpoint.path ?? ""}`
      : endpoint
        ? `${endpoint}`
        : config.ignoreConfiguredEndpointUrls
          ? undefined
          : configuredEndpoint(service.sdkId);
  const Region = await config.region();
  const rules = service.resolveEndpoint;
  if (!rules && !Endpoint) throw new Error("An `endpoint` is required: this service's model has no endpoint rules.");
  if (!Region && !Endpoint) throw new Error("Region is missing: pass `region` to the client (or set AWS_REGION in Node).");
  const { url, headers = {} } = rules
    ? rules({ Region, UseFIPS: config.useFipsEndpoint, UseDualStack: config.useDualstackEndpoint, Endpoint })
    : { url: Endpoint! };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`Invalid endpoint URL: ${JSON.stringify(url)}`);
  }
  const joined: Record<string, string> = {};
  for (const name in headers) joined[name.toLowerCase()] = headers[name]!.join(",");
  return {
    protocol: parsed.protocol,
    // Only an IPv6 hostname has brackets, one at each end.
    hostname: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: parsed.port ? +parsed.port : undefined,
    path: parsed.pathname || "/",
    headers: joined,
    url: parsed.href,
  };
};
