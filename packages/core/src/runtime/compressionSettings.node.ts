import { checkMinCompressionSize, DEFAULT_MIN_COMPRESSION_SIZE } from "./requestMinCompressionSize.js";
import { parseBooleanSetting } from "./parseBooleanSetting.js";
import { readSharedConfigFiles } from "./sharedConfigFiles.node.js";
import { sharedConfigProfile } from "./sharedConfigProfile.node.js";

export interface CompressionOptions {
  disableRequestCompression?: boolean;
  requestMinCompressionSizeBytes?: number;
}
export type CompressionSettings = Required<CompressionOptions>;

/**
 * Request compression settings as the AWS SDK reads them (@smithy/middleware-compression's
 * NODE_*_CONFIG_OPTIONS through @smithy/node-config-provider), each setting on its own, first found
 * wins: the client's option, the environment (AWS_DISABLE_REQUEST_COMPRESSION,
 * AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES), the profile (disable_request_compression,
 * request_min_compression_size_bytes), the default (false, 10240). The shared files are read only
 * when the environment does not decide, and the minimum size only when compression is on.
 *
 * A disable value other than "true" or "false" passes to the next source, as in the AWS SDK. A
 * minimum size that is not a whole number from 0 to 10485760 is a RangeError naming its source: the
 * AWS SDK throws one for a number out of range, but reads "1.5" as 1 and passes over "abc" silently.
 */
export const compressionSettings = (options: CompressionOptions): CompressionSettings => {
  const env = globalThis.process?.env ?? {};
  let profile: Record<string, string | undefined> | undefined;
  const fromProfile = (key: string) => (profile ??= sharedConfigProfile(env))[key];

  const disableRequestCompression =
    options.disableRequestCompression ??
    parseBooleanSetting(env.AWS_DISABLE_REQUEST_COMPRESSION) ??
    parseBooleanSetting(fromProfile("disable_request_compression")) ??
    false;
  if (disableRequestCompression) return { disableRequestCompression, requestMinCompressionSizeBytes: DEFAULT_MIN_COMPRESSION_SIZE };

  let requestMinCompressionSizeBytes = options.requestMinCompressionSizeBytes;
  if (requestMinCompressionSizeBytes === undefined) {
    const variable = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
    const key = "request_min_compression_size_bytes";
    requestMinCompressionSizeBytes = env[variable]
      ? checkMinCompressionSize(env[variable]!, variable)
      : fromProfile(key)
        ? checkMinCompressionSize(fromProfile(key)!, `${key} of profile "${env.AWS_PROFILE || "default"}" (${sharedFilePaths(env)})`)
        : DEFAULT_MIN_COMPRESSION_SIZE;
  }
  return { disableRequestCompression, requestMinCompressionSizeBytes };
};

const sharedFilePaths = (env: Record<string, string | undefined>): string => {
  const { config, credentials } = readSharedConfigFiles(env);
  return `${config.path}, ${credentials.path}`;
};
