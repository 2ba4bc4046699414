import { DEFAULT_MIN_COMPRESSION_SIZE } from "./requestMinCompressionSize.js";
import type { CompressionOptions, CompressionSettings } from "./compressionSettings.node.js";

export type { CompressionOptions, CompressionSettings };

/** Browsers have no environment or shared config file: the client's options, else the defaults. */
export const compressionSettings = (options: CompressionOptions): CompressionSettings => ({
  disableRequestCompression: options.disableRequestCompression ?? false,
  requestMinCompressionSizeBytes: options.requestMinCompressionSizeBytes ?? DEFAULT_MIN_COMPRESSION_SIZE,
});
