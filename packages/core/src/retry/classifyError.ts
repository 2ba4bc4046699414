/** RetryErrorType of @smithy/types: what kind of failure an attempt ended in. */
export type RetryErrorType = "THROTTLING" | "TRANSIENT" | "SERVER_ERROR" | "CLIENT_ERROR";

// The AWS SDKs' throttling codes, minus LimitExceededException: in Cognito it means the user's
// attempt quota is spent (e.g. ForgotPassword per hour), and every retry would send another code.
const THROTTLING_CODES = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "TransactionInProgressException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "RequestThrottled",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException",
]);
const TRANSIENT_CODES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException", "NetworkError"]);
const TRANSIENT_STATUS = [500, 502, 503, 504];
const NEVER_RETRIED = new Set(["AbortError", "ValidationError", "CredentialsProviderError", "LimitExceededException", "EndpointError"]);
// A certificate the client rejects (expired, self-signed, wrong name) fails the same way every time.
const TLS_FAILURE = /CERT|^ERR_TLS_|^ERR_SSL_/;

/**
 * Decides whether a failed attempt may be retried, and as what. `undefined` means never retry.
 * The table is documented in the README ("Retries").
 */
export const classifyError = (error: unknown): RetryErrorType | undefined => {
  if (!error || typeof error !== "object") return undefined;
  const e = error as { name?: string; code?: unknown; $metadata?: { httpStatusCode?: number }; $retryable?: { throttling?: boolean }; $fault?: string };
  const name = e.name ?? "";
  if (NEVER_RETRIED.has(name)) return undefined;
  if (name === "NetworkError" && typeof e.code === "string" && TLS_FAILURE.test(e.code)) return undefined;
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING_CODES.has(name) || status === 429 || e.$retryable?.throttling) return "THROTTLING";
  if (TRANSIENT_CODES.has(name) || TRANSIENT_STATUS.includes(status!)) return "TRANSIENT";
  if (e.$retryable) return e.$fault === "client" ? "CLIENT_ERROR" : "SERVER_ERROR";
  return undefined;
};
