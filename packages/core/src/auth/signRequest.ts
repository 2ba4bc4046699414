import type { HttpRequest } from "@smithy/protocol-http";
import { prepareSigning } from "./prepareSigning.js";
import { signPrepared, type SignRequestOptions } from "./signPrepared.js";

export type { SignRequestOptions } from "./signPrepared.js";

/**
 * Signs a request with AWS Signature Version 4 (Authorization header) and returns a signed copy;
 * the input is left as it was. The result is byte-for-byte what @smithy/signature-v4's
 * `SignatureV4.sign` produces (with `applyChecksum` set the same way). The package exports the
 * lazily loading twin of this function (`lazySignRequest.ts`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
export const signRequest = async (request: HttpRequest, options: SignRequestOptions): Promise<HttpRequest> =>
  signPrepared(prepareSigning(request, options), options);
