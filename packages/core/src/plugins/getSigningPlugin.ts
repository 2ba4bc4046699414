import { HttpRequest } from "@smithy/protocol-http";
import type {
  AbsoluteLocation,
  FinalizeHandler,
  FinalizeHandlerArguments,
  FinalizeHandlerOutput,
  FinalizeRequestHandlerOptions,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  Pluggable,
} from "@smithy/types";
import type { CredentialProvider } from "../auth/credentials.js";
import type { AuthScheme, OperationSchema } from "../schema/types.js";

export interface SigningPluginConfig {
  credentials?: CredentialProvider;
  /**
   * When `credentials` is unset, use the default provider chain (environment, shared files in Node)
   * and keep it in `credentials`: what clients given no credentials do. Unset: fail instead.
   */
  defaultCredentialChain?: boolean;
  region?: string | (() => Promise<string | undefined>);
  /** Defaults to `context.service.signingName`. */
  signingName?: string;
  /** Milliseconds added to the local clock when signing; corrected in place after a clock-skew error. */
  systemClockOffset: number;
  /** Also send (and sign) X-Amz-Content-Sha256, as the AWS SDK's signer does by default. Default true: same bytes as the official client. */
  applyChecksum?: boolean;
}

/**
 * An auth scheme the signing middleware can use: besides `sign`, it runs the whole per-request
 * procedure (credentials, Host header, clock-skew retry), so that code ships only with the
 * commands that reference the scheme. `sigv4` is one.
 */
export interface SigningAuthScheme extends AuthScheme {
  send(
    next: FinalizeHandler<any, any>,
    args: FinalizeHandlerArguments<any>,
    config: SigningPluginConfig,
    context: HandlerExecutionContext,
  ): Promise<FinalizeHandlerOutput<any>>;
}

/**
 * Placement: the lowest priority of finalizeRequest, i.e. below retryMiddleware (high), so every
 * attempt is signed afresh. The AWS SDK places it `after retryMiddleware` instead, but with that
 * relative placement @smithy/middleware-stack throws at resolve time once retryMiddleware is
 * removed; an absolute placement keeps `stack.remove("retryMiddleware")` working.
 */
export const httpSigningMiddlewareOptions = {
  name: "httpSigningMiddleware",
  aliases: ["awsAuthMiddleware"],
  step: "finalizeRequest",
  priority: "low",
  tags: ["HTTP_SIGNING", "SIGNATURE", "AWSAUTH"],
  override: true,
} as const satisfies FinalizeRequestHandlerOptions & AbsoluteLocation;

/** Signs requests of operations with an auth scheme; operations with `auth: "none"` pass through untouched. */
export const httpSigningMiddleware =
  (config: SigningPluginConfig): FinalizeRequestMiddleware<any, any> =>
  (next, context) => {
    // Whether the operation is signed is in its schema: decided once per composition, not per call.
    const scheme = (context["operation"] as OperationSchema | undefined)?.auth as SigningAuthScheme | "none" | undefined;
    if (!scheme || scheme === "none") return next;
    return (args) => (HttpRequest.isInstance(args.request) ? scheme.send(next, args, config, context) : next(args));
  };

export const getSigningPlugin = (config: SigningPluginConfig): Pluggable<any, any> => ({
  applyToStack(stack) {
    stack.add(httpSigningMiddleware(config), httpSigningMiddlewareOptions);
  },
});
