/**
 * Credentials could not be found or resolved. The message says where lithe looked (variable names,
 * file paths, profile) and never carries a credential value. The name matches the AWS SDK's error.
 */
export class CredentialsProviderError extends Error {
  override name = "CredentialsProviderError" as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
