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
    const minSize = config.requestMinCompressionSizeBytes ?? DEFAULT_MIN_SIZE;
    return async (args) => {
      if (HttpRequest.isInstance(args.request)) await compression.compress(args.request, minSize);
      return next(args);
    };
  };

/** The AWS SDKs' default and bounds: https://docs.aws.amazon.com/sdkref/latest/guide/feature-compression.html */
const DEFAULT_MIN_SIZE = 10240;
const MAX_MIN_SIZE = 10485760;

export const compressionMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "compressionMiddleware",
  step: "build",
  priority: "high",
  tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
  override: true,
};

/** Checks `requestMinCompressionSizeBytes` when the client is made, as the AWS SDK does. */
export const getCompressionPlugin = (config: CompressionConfig): Pluggable<any, any> => {
  const minSize = config.requestMinCompressionSizeBytes ?? DEFAULT_MIN_SIZE;
  if (!Number.isInteger(minSize) || minSize < 0 || minSize > MAX_MIN_SIZE) {
    throw new RangeError(`requestMinCompressionSizeBytes must be a whole number from 0 to ${MAX_MIN_SIZE}, got ${String(minSize)}`);
  }
  return { applyToStack: (stack) => stack.add(compressionMiddleware(config), compressionMiddlewareOptions) };
};
