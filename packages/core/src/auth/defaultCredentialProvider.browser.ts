import type { CredentialProvider, DefaultCredentialProviderOptions } from "./credentials.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";

/**
 * Browsers have no environment or shared files to look in, so there is no default chain: the
 * provider always fails, and says how to give credentials instead.
 */
export const defaultCredentialProvider =
  (_options: DefaultCredentialProviderOptions = {}): CredentialProvider =>
  () =>
    Promise.reject(
      new CredentialsProviderError(
        "No AWS credentials: browsers have no default credential chain (no environment variables or ~/.aws files). " +
          "Pass `credentials` (static keys or a provider, e.g. from Cognito identity pools) to the client.",
      ),
    );
