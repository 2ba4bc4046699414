import type { HttpRequest } from "@smithy/protocol-http";
import { canonicalHeaders, canonicalRequest, payloadHash, X_AMZ_CONTENT_SHA256 } from "./canonicalRequest.js";
import type { AwsCredentials } from "./credentials.js";
import { fromUtf8 } from "../utils/utf8.js";
import { hmacSha256, sha256, toHex } from "./digests.js";
import { signingKey } from "./signingKey.js";

export interface SignRequestOptions {
  credentials: AwsCredentials;
  /** Signing region, e.g. "eu-west-1". */
  region: string;
  /** Signing name, e.g. "cognito-idp". */
  service: string;
  /** Defaults to now; the signing middleware passes the clock-skew-corrected time. */
  signingDate?: Date;
  /**
   * Add an X-Amz-Content-Sha256 header (signed) carrying the payload hash, as SignatureV4 does by
   * default. Off by default here (only S3-style services need it); the signing middleware turns it
   * on (SigningPluginConfig.applyChecksum) so that signed requests match the official client's bytes.
   */
  applyChecksum?: boolean;
}

const ALGORITHM = "AWS4-HMAC-SHA256";
/** Headers the signer writes itself; stale copies from an earlier attempt are dropped first. */
const GENERATED_HEADERS = /* @__PURE__ */ new Set(["authorization", "x-amz-date", "date"]);

/** 2024-01-02T03:04:05.678Z → 20240102T030405Z (ISO 8601 basic format, whole seconds, UTC). */
const formatDate = (date: Date): { longDate: string; shortDate: string } => {
  const longDate = date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return { longDate, shortDate: longDate.slice(0, 8) };
};

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-string-to-sign */
export const stringToSign = (longDate: string, scope: string, canonicalRequestText: string): string =>
  `${ALGORITHM}\n${longDate}\n${scope}\n${toHex(sha256(fromUtf8(canonicalRequestText)))}`;

/**
 * Signs a copy of a request that `prepareSigning` made (credentials checked, request cloned) with AWS
 * Signature Version 4: sets its Authorization header and the headers it signs, and returns it. The
 * result is byte-for-byte what @smithy/signature-v4's `SignatureV4.sign` produces (with
 * `applyChecksum` set the same way). This module is the signer's lazily loaded chunk: it imports
 * nothing the package's index also holds (see `lazySignRequest.ts`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
export const signPrepared = async (signed: HttpRequest, options: SignRequestOptions): Promise<HttpRequest> => {
  const { credentials, region, service, signingDate = new Date(), applyChecksum = false } = options;
  const headers = signed.headers;
  for (const name of Object.keys(headers)) if (GENERATED_HEADERS.has(name.toLowerCase())) delete headers[name];

  const { longDate, shortDate } = formatDate(signingDate);
  const scope = `${shortDate}/${region}/${service}/aws4_request`;
  headers["x-amz-date"] = longDate;
  if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;

  const hashedPayload = payloadHash(signed);
  if (applyChecksum && !Object.keys(headers).some((name) => name.toLowerCase() === X_AMZ_CONTENT_SHA256)) {
    headers[X_AMZ_CONTENT_SHA256] = hashedPayload;
  }

  const signable = canonicalHeaders(headers);
  const signedHeaders = Object.keys(signable).sort().join(";");
  const toSign = stringToSign(longDate, scope, canonicalRequest(signed, signable, hashedPayload));
  const signature = toHex(hmacSha256(signingKey(credentials.secretAccessKey, shortDate, region, service), toSign));
  headers["authorization"] =
    `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return signed;
};
