import type { AwsCredentials } from "../auth/credentials.js";
import type { HttpHandlerOptions, Logger, Pluggable, Provider, RequestHandler, RetryStrategyV2 } from "@smithy/types";

/** Any `@smithy/types` request handler for HTTP, e.g. lithe's or `@smithy/node-http-handler`'s. */
export type HttpHandler = RequestHandler<any, any, HttpHandlerOptions>;
import type { EndpointParams, EndpointResult } from "../endpoints/types.js";
import type { ServiceException, ServiceExceptionOptions } from "../errors/ServiceException.js";

/** What a generated client tells the runtime about its service. */
export interface ServiceSchema {
  /** The service shape name: the X-Amz-Target prefix, e.g. "AWSCognitoIdentityProviderService". */
  targetPrefix: string;
  /** Generated client class name, e.g. "CognitoIdentityProviderClient" (logs, context.clientName). */
  clientName: string;
  /** `aws.api#service` sdkId, e.g. "Cognito Identity Provider". */
  sdkId: string;
  /** The user-agent api id, e.g. "cognito-identity-provider" (sdkId, lower-case, dashes). */
  uaServiceId: string;
  /** Version of the generated client package, for the user agent. */
  packageVersion: string;
  /** The service's API version, e.g. "2016-04-18". */
  apiVersion: string;
  /** SigV4 signing name (`aws.auth#sigv4` name), e.g. "cognito-idp". */
  signingName: string;
  /**
   * The service's endpoint rules: generated code compiled from `smithy.rules#endpointRuleSet`, or
   * `(params) => resolveEndpoint(ruleSet, params, partitions)` over rule-set data. Absent for a model
   * without rules (then every client needs an `endpoint`).
   */
  resolveEndpoint?: (params: EndpointParams) => EndpointResult;
  /** The service's base exception class. */
  ServiceException: new (options: ServiceExceptionOptions) => ServiceException;
  /**
   * Default plugins for traits only some models use (`getHostPrefixPlugin` for `@endpoint`,
   * `getCompressionPlugin` for `@requestCompression`), added after the default ones. The generator
   * lists them only for a model with such an operation, so other clients bundle none of them.
   */
  plugins?: readonly ((config: ResolvedClientConfig) => Pluggable<any, any>)[];
}

/** The AWS SDK's name for static credentials; the one definition is `AwsCredentials` in auth/credentials.ts. */
export type AwsCredentialIdentity = AwsCredentials;

/** What a user may pass to a client's constructor. */
export interface ClientConfig {
  /** AWS region, e.g. "eu-west-1". In Node, `AWS_REGION` (else `AWS_DEFAULT_REGION`) is used when absent. */
  region?: string | Provider<string>;
  /**
   * Overrides the endpoint the rule set resolves, e.g. "http://127.0.0.1:9229". Without it, Node reads
   * AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL and `endpoint_url` in the shared config file, as the AWS SDK does.
   */
  endpoint?: string | URL | { protocol?: string; hostname: string; port?: number; path?: string };
  /** Ignore endpoint URLs from the environment and the shared config file. Default false. */
  ignoreConfiguredEndpointUrls?: boolean;
  useFipsEndpoint?: boolean;
  useDualstackEndpoint?: boolean;
  /** Any `@smithy/types` HttpHandler; defaults to NodeHttpHandler in Node, FetchHttpHandler in browsers. */
  requestHandler?: HttpHandler;
  /** Default per-attempt timeout in ms (also a per-call option of `send`). */
  requestTimeout?: number;
  /** Default connection timeout in ms (Node handler). */
  connectionTimeout?: number;
  /** Attempts per call including the first; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  retryMode?: "standard" | "adaptive";
  /** Replaces the built-in retry strategy (AWS SDK `RetryStrategyV2` shape). */
  retryStrategy?: RetryStrategyV2;
  /** Receives one record per call; sensitive members are always redacted. */
  logger?: Logger;
  /** Static credentials or a provider; in Node the default chain (env, shared files) is used when absent. */
  credentials?: AwsCredentialIdentity | Provider<AwsCredentialIdentity>;
  /** App client secret: SecretHash is then filled in for you. Keep it out of browser code. */
  clientSecret?: string;
  /** Validate input against the model's constraints before sending. Default true. */
  validateInput?: boolean;
  /** Appended to the user agent, e.g. "myapp/1.2". */
  customUserAgent?: string;
  /** Milliseconds to add to the local clock when signing; adjusted after clock-skew errors. */
  systemClockOffset?: number;
  /** Do not prepend an operation's `@endpoint` host prefix to the endpoint's hostname. Default false. */
  disableHostPrefix?: boolean;
  /** Never compress request bodies, even for `@requestCompression` operations. Default false. */
  disableRequestCompression?: boolean;
  /** Smallest body, in bytes, that `@requestCompression` operations compress: 0 to 10485760. Default 10240. */
  requestMinCompressionSizeBytes?: number;
}

/** The config after defaults are applied, once, at construction. */
export interface ResolvedClientConfig {
  region: Provider<string | undefined>;
  useFipsEndpoint: boolean;
  useDualstackEndpoint: boolean;
  requestHandler: HttpHandler;
  requestTimeout?: number;
  connectionTimeout?: number;
  maxAttempts: number;
  retryMode: "standard" | "adaptive";
  retryStrategy?: RetryStrategyV2;
  logger: Logger;
  /** Unset when none were given, until the first signed call puts the default chain here. */
  credentials?: Provider<AwsCredentialIdentity>;
  /** No `credentials` were given: signed calls use the default provider chain. */
  defaultCredentialChain: boolean;
  clientSecret?: string;
  validateInput: boolean;
  customUserAgent?: string;
  systemClockOffset: number;
  /** As given; read by the plugins that `service.plugins` adds (defaults and checks are theirs). */
  disableHostPrefix?: boolean;
  disableRequestCompression?: boolean;
  requestMinCompressionSizeBytes?: number;
  /** The endpoint override as given, if any. */
  endpoint?: ClientConfig["endpoint"];
  ignoreConfiguredEndpointUrls: boolean;
  /** The generated service description. */
  service: ServiceSchema;
}
