export { signRequest } from "./lazySignRequest.js";
export type { SignRequestOptions } from "./signRequest.js";
export { computeSecretHash } from "./lazyComputeSecretHash.js";
export {
  toCredentialProvider,
  type AwsCredentials,
  type CredentialProvider,
  type DefaultCredentialProviderOptions,
} from "./credentials.js";
export { CredentialsProviderError } from "./CredentialsProviderError.js";
export { memoizeCredentials } from "./memoizeCredentials.js";
export { defaultCredentialProvider } from "./defaultCredentialProvider.js";
export { sigv4 } from "./sigv4.js";
