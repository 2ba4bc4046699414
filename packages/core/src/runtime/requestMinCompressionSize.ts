/** The AWS SDKs' default and bounds: https://docs.aws.amazon.com/sdkref/latest/guide/feature-compression.html */
export const DEFAULT_MIN_COMPRESSION_SIZE = 10240;
export const MAX_MIN_COMPRESSION_SIZE = 10485760;

/**
 * Checks a minimum compression size from `source` (the client option, an environment variable or a
 * profile key): a whole number from 0 to 10485760, else a RangeError naming the source and the value
 * (text from a variable or a file is quoted as written).
 */
export const checkMinCompressionSize = (value: number | string, source: string): number => {
  const size = typeof value === "string" ? (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN) : value;
  if (!Number.isInteger(size) || size < 0 || size > MAX_MIN_COMPRESSION_SIZE) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    throw new RangeError(`${source} must be a whole number from 0 to ${MAX_MIN_COMPRESSION_SIZE}, got ${shown}`);
  }
  return size;
};
