import type { Provider } from "@smithy/types";
import { toCredentialProvider } from "../auth/credentials.js";
import { memoizeCredentials } from "../auth/memoizeCredentials.js";
import { runtimeDefaults } from "../runtime/runtimeDefaults.js";
import { noOpLogger } from "./noOpLogger.js";
import type { ClientConfig, ResolvedClientConfig, ServiceSchema } from "./types.js";

/** Applies defaults once, at construction, so no call pays for config resolution. */
export const resolveClientConfig = (config: ClientConfig, service: ServiceSchema): ResolvedClientConfig => {
  const maxAttempts = config.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new TypeError(`maxAttempts must be a whole number of at least 1, got ${String(config.maxAttempts)}`);
  }
  const credentials = config.credentials;
  return {
    region: toProvider(config.region ?? runtimeDefaults.regionFromEnvironment()),
    useFipsEndpoint: config.useFipsEndpoint ?? false,
    useDualstackEndpoint: config.useDualstackEndpoint ?? false,
    requestHandler:
      config.requestHandler ??
      runtimeDefaults.requestHandler({ requestTimeout: config.requestTimeout, connectionTimeout: config.connectionTimeout }),
    requestTimeout: config.requestTimeout,
    connectionTimeout: config.connectionTimeout,
    maxAttempts,
    retryMode: config.retryMode ?? "standard",
    retryStrategy: config.retryStrategy,
    logger: config.logger ?? noOpLogger,
    // Without credentials, the default chain is created by the first signed call (auth/sendSigned.ts):
    // it reads nothing before, and apps whose commands are all unsigned do not bundle it.
    credentials:
      credentials === undefined ? undefined : typeof credentials === "function" ? memoizeCredentials(credentials) : toCredentialProvider(credentials),
    defaultCredentialChain: credentials === undefined,
    clientSecret: config.clientSecret,
    validateInput: config.validateInput ?? true,
    customUserAgent: config.customUserAgent,
    systemClockOffset: config.systemClockOffset ?? 0,
    disableHostPrefix: config.disableHostPrefix,
    disableRequestCompression: config.disableRequestCompression,
    requestMinCompressionSizeBytes: config.requestMinCompressionSizeBytes,
    endpoint: config.endpoint,
    ignoreConfiguredEndpointUrls: config.ignoreConfiguredEndpointUrls ?? false,
    service,
  };
};

const toProvider = <T>(value: T | Provider<T>): Provider<T> => {
  if (typeof value === "function") return value as Provider<T>;
  const promise = Promise.resolve(value);
  return () => promise;
};
