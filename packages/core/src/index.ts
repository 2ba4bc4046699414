// @lithe/core public entry. Generated clients import from here; so do users who write middleware.
export { Client } from "./client/Client.js";
export { Command } from "./client/Command.js";
export { callOptions, getCallOptions, type CallOptions } from "./client/callOptions.js";
export { noOpLogger } from "./client/noOpLogger.js";
export { paginate, type PaginationConfiguration } from "./client/paginate.js";
export type { AwsCredentialIdentity, ClientConfig, ResolvedClientConfig, ServiceSchema } from "./client/types.js";
export {
  ServiceException,
  isServiceErrorNamed,
  type ResponseMetadata,
  type RetryableTrait,
  type ServiceExceptionOptions,
} from "./errors/ServiceException.js";
export * from "./schema/index.js";
export * from "./endpoints/index.js";
export * from "./auth/index.js";
export { NodeHttpHandler } from "./http/NodeHttpHandler.js";
export { FetchHttpHandler } from "./http/FetchHttpHandler.js";
export { collectBody } from "./http/collectBody.js";
export { AbortError, NetworkError, TimeoutError } from "./http/transportErrors.js";
export { classifyError, type RetryErrorType } from "./retry/classifyError.js";
export { StandardRetryStrategy, type StandardRetryOptions } from "./retry/StandardRetryStrategy.js";
export { AdaptiveRetryStrategy } from "./retry/AdaptiveRetryStrategy.js";
export { ClientRateLimiter } from "./retry/ClientRateLimiter.js";
export { getLoggerPlugin, loggerMiddleware, loggerMiddlewareOptions } from "./plugins/getLoggerPlugin.js";
export { getValidationPlugin, validateInputMiddleware, validateInputMiddlewareOptions } from "./plugins/getValidationPlugin.js";
export { getSecretHashPlugin, secretHashMiddleware, secretHashMiddlewareOptions, type SecretHashPluginConfig } from "./plugins/getSecretHashPlugin.js";
export { getEndpointPlugin, endpointMiddleware, endpointMiddlewareOptions } from "./plugins/getEndpointPlugin.js";
export { getSerializerPlugin, serializerMiddleware, serializerMiddlewareOptions } from "./plugins/getSerializerPlugin.js";
export { getHostPrefixPlugin, hostPrefixMiddleware, hostPrefixMiddlewareOptions } from "./plugins/getHostPrefixPlugin.js";
export { getCompressionPlugin, compressionMiddleware, compressionMiddlewareOptions } from "./plugins/getCompressionPlugin.js";
export { gzip } from "./compression/gzip.js";
export { hostPrefix } from "./protocol/hostPrefix.js";
export { getContentLengthPlugin, contentLengthMiddleware, contentLengthMiddlewareOptions } from "./plugins/getContentLengthPlugin.js";
export { getUserAgentPlugin, userAgentMiddleware, userAgentMiddlewareOptions, buildUserAgent } from "./plugins/getUserAgentPlugin.js";
export { getInvocationIdPlugin, invocationIdMiddleware, invocationIdMiddlewareOptions } from "./plugins/getInvocationIdPlugin.js";
export { getRecursionDetectionPlugin } from "./plugins/getRecursionDetectionPlugin.js";
export { recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } from "./plugins/recursionDetection.js";
export { getRetryPlugin, retryMiddleware, retryMiddlewareOptions } from "./plugins/getRetryPlugin.js";
export { getSigningPlugin, httpSigningMiddleware, httpSigningMiddlewareOptions, type SigningPluginConfig } from "./plugins/getSigningPlugin.js";
export { getRequestIdPlugin, requestIdMiddleware, requestIdMiddlewareOptions } from "./plugins/getRequestIdPlugin.js";
export { getDeserializerPlugin, deserializerMiddleware, deserializerMiddlewareOptions } from "./plugins/getDeserializerPlugin.js";
export type { MetadataBearer } from "@smithy/types";
// Byte helpers, also used by the client package's SRP code, so a bundle carries one copy of each.
export { fromUtf8 } from "./utils/utf8.js";
