import { HttpRequest } from "@smithy/protocol-http";
import { isAwsCredentials } from "./credentials.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";
import type { SignRequestOptions } from "./signPrepared.js";

/**
 * The part of signing that must run in the package's own module graph: the credentials check,
 * whose `CredentialsProviderError` callers test with `instanceof`, and the copy of the request
 * (the input is left as it was). Kept out of the signer's chunk so that the chunk imports nothing
 * from the index, which bundlers would otherwise wrap, with everything in it, in a lazily
 * initialised function (see `lazySignRequest.ts`).
 */
export const prepareSigning = (request: HttpRequest, options: SignRequestOptions): HttpRequest => {
  if (!isAwsCredentials(options.credentials)) {
    throw new CredentialsProviderError("Resolved credentials are not valid: accessKeyId and secretAccessKey must be strings.");
  }
  return HttpRequest.clone(request);
};
