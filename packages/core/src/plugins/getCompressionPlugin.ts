import { HttpRequest } from "@smithy/protocol-http";
import type { AbsoluteLocation, BuildHandlerOptions, BuildMiddleware, Pluggable } from "@smithy/types";
import type { ResolvedClientConfig } from "../client/types.js";
import { checkMinCompressionSize } from "../runtime/requestMinCompressionSize.js";
import { compressionSettings, type CompressionSettings } from "../runtime/compressionSettings.js";
import type { OperationSchema } from "../schema/types.js";

type CompressionConfig = Pick<ResolvedClientConfig, "disableRequestCompression" | "requestMinCompressionSizeBytes">;

/**
 * Compresses the body of `@requestCompression` operations (`operation.requestCompression`, e.g.
 * `gzip`) once per call, before content-length and signing. Operations without the trait, or a
 * client with compression disabled, get `next` itself: no cost per call. The settings not given to
 * the client come from the environment and shared config file in Node (runtime/compressionSettings),
 * read by the first call of an operation with the trait and kept; a bad value there fails that call,
 * before anything is sent.
 */
export const compressionMiddleware = (config: CompressionConfig): BuildMiddleware<any, any> => {
  let settings: CompressionSettings | undefined;
  return (next, context) => {
    const compression = (context.operation as OperationSchema | undefined)?.requestCompression;
    if (!compression || config.disableRequestCompression) return next;
    try {
      settings ??= compressionSettings(config);
    } catch (error) {
      return () => Promise.reject(error);
    }
    if (settings.disableRequestCompression) return next;
    const minSize = settings.requestMinCompressionSizeBytes;
    return async (args) => {
      if (HttpRequest.isInstance(args.request)) await compression.compress(args.request, minSize);
      return next(args);
    };
  };
};

export const compressionMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "compressionMiddleware",
  step: "build",
  priority: "high",
  tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
  override: true,
};

/** Checks the client's `requestMinCompressionSizeBytes` when the client is made, as the AWS SDK does. */
export const getCompressionPlugin = (config: CompressionConfig): Pluggable<any, any> => {
  if (config.requestMinCompressionSizeBytes !== undefined) {
    checkMinCompressionSize(config.requestMinCompressionSizeBytes, "requestMinCompressionSizeBytes");
  }
  return { applyToStack: (stack) => stack.add(compressionMiddleware(config), compressionMiddlewareOptions) };
};
