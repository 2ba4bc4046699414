import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import type { OperationSchema } from "../schema/types.js";

type CompressionConfig = Pick<ResolvedClientConfig, "disableRequestCompression" | "requestMinCompressionSizeBytes">;

/**
 * Compresses the body of `@requestCompression` operations (`operation.requestCompression`, e.g.
 * `gzip`) once per call, before content-length and signing. Operations without the trait, or a
 * client with `disableRequestCompression`, get `next` itself: no cost per call.
 */
export const compressionMiddleware =
  (config: CompressionConfig): BuildMiddleware<any, any> =>
  (next, context) => {
    const compression = (context.operation as OperationSchema | undefined)?.requestCompression;
    if (!compression || config.disableRequestCompression) return next;
    return async (args) => {
      if (HttpRequest.isInstance(args.request)) await compression.compress(args.request, config.requestMinCompressionSizeBytes);
      return next(args);
    };
  };

export const compressionMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "compressionMiddleware",
  step: "build",
  priority: "high",
  tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
  override: true,
};

export const getCompressionPlugin = (config: CompressionConfig): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(compressionMiddleware(config), compressionMiddlewareOptions),
});
