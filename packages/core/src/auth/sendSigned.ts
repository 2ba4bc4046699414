import { HttpRequest } from "@smithy/protocol-http";
import type {
  FinalizeHandler,
  FinalizeHandlerArguments,
  FinalizeHandlerOutput,
  HandlerExecutionContext,
} from "@smithy/types";
import type { SigningPluginConfig } from "../plugins/getSigningPlugin.js";
import type { AuthScheme, OperationSchema } from "../schema/types.js";
import type { AwsCredentials } from "./credentials.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";
import { defaultCredentialProvider } from "./defaultCredentialProvider.js";
import { memoizeCredentials } from "./memoizeCredentials.js";

/** Error codes with which AWS services reject a request whose signing time is off. */
const CLOCK_SKEW_ERRORS = /* @__PURE__ */ new Set([
  "RequestTimeTooSkewed",
  "RequestExpired",
  "RequestInTheFuture",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "AuthFailure",
]);
/** SigV4 signatures are accepted within five minutes of the server's time. */
const SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * What the signing middleware does for a signed operation: resolve credentials, region and signing
 * name, sign a copy of the request (with a Host header), send it, and after a clock-skew error
 * adopt the server's clock and resend once. It lives here, reached only through `sigv4.send`, so
 * an app whose commands are all unsigned bundles none of it.
 */
export const sendSigned = async (
  scheme: AuthScheme,
  next: FinalizeHandler<any, any>,
  args: FinalizeHandlerArguments<any>,
  config: SigningPluginConfig,
  context: HandlerExecutionContext,
): Promise<FinalizeHandlerOutput<any>> => {
  const operation = context["operation"] as OperationSchema | undefined;
  const operationName = operation?.name ?? context.commandName ?? "This operation";
  const credentials = await resolveCredentials(config, operationName);
  const region = typeof config.region === "function" ? await config.region() : config.region;
  const service = config.signingName ?? (context["service"]?.signingName as string | undefined);
  if (!region) throw new Error(`${operationName} is signed with SigV4 and needs a region: set \`region\` on the client.`);
  if (!service) throw new Error(`${operationName} is signed with SigV4 and needs a signing name (service.signingName).`);

  const unsigned = withHostHeader(args.request as HttpRequest);
  const signed = async (): Promise<FinalizeHandlerArguments<any>> => ({
    ...args,
    request: await scheme.sign(unsigned, {
      credentials,
      region,
      service,
      signingDate: new Date(Date.now() + config.systemClockOffset),
      applyChecksum: config.applyChecksum ?? true,
    }),
  });
  try {
    return await next(await signed());
  } catch (error) {
    if (!correctClockSkew(error, config, context)) throw error;
    return next(await signed());
  }
};

/**
 * SigV4 requires the Host header to be signed, and the HTTP client would only add it on the wire,
 * unsigned; so a request without one gets it here, as the AWS SDK's hostHeaderMiddleware would.
 */
const withHostHeader = (request: HttpRequest): HttpRequest => {
  for (const name of Object.keys(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === "host" || lower === ":authority") return request;
  }
  const host = request.port != null ? `${request.hostname}:${request.port}` : request.hostname;
  return new HttpRequest({ ...request, headers: { ...request.headers, host } });
};

const resolveCredentials = async (config: SigningPluginConfig, operationName: string): Promise<AwsCredentials> => {
  const howTo =
    "Pass `credentials` (static keys or a provider) to the client; in Node you may instead set " +
    "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or use a profile in ~/.aws/credentials.";
  // A client given no credentials gets the default chain, created on the first signed call so
  // that the chain's code is only bundled with signed commands.
  if (!config.credentials && config.defaultCredentialChain) config.credentials = memoizeCredentials(defaultCredentialProvider());
  if (!config.credentials) {
    throw new CredentialsProviderError(`${operationName} requires AWS credentials (it is signed with SigV4). ${howTo}`);
  }
  try {
    return await config.credentials();
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "CredentialsProviderError") throw error;
    throw new CredentialsProviderError(`${operationName} requires AWS credentials (it is signed with SigV4). ${error.message}`, {
      cause: error,
    });
  }
};

/**
 * When the service rejected the signature because of the time and its Date header shows that our
 * (corrected) clock is more than five minutes off, adopts the server's clock and says so.
 */
const correctClockSkew = (error: unknown, config: SigningPluginConfig, context: HandlerExecutionContext): boolean => {
  if (typeof error !== "object" || error === null) return false;
  const { name, code, Code, $response } = error as Record<string, any>;
  if (![name, code, Code].some((value) => CLOCK_SKEW_ERRORS.has(value))) return false;
  const serverTime = Date.parse(headerValue($response?.headers, "date") ?? "");
  if (Number.isNaN(serverTime)) return false;
  const now = Date.now();
  if (Math.abs(serverTime - (now + config.systemClockOffset)) <= SKEW_TOLERANCE_MS) return false;
  config.systemClockOffset = serverTime - now;
  context.logger?.debug?.(`Clock skew detected; signing with an offset of ${config.systemClockOffset} ms and resending once.`);
  return true;
};

const headerValue = (headers: Record<string, string> | undefined, name: string): string | undefined => {
  if (!headers) return undefined;
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
  return undefined;
};
