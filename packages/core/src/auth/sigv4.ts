import type { SigningAuthScheme } from "../plugins/getSigningPlugin.js";
import { sendSigned } from "./sendSigned.js";
import { signRequest } from "./signRequest.js";

/**
 * AWS Signature Version 4 as an auth scheme. Generated commands of signed operations reference it
 * (`auth: sigv4`); unsigned ones do not, so apps that only use unsigned commands bundle no signer,
 * no credential provider and no clock-skew handling.
 */
export const sigv4: SigningAuthScheme = {
  id: "aws.auth#sigv4",
  sign: signRequest,
  send: (next, args, config, context) => sendSigned(sigv4, next, args, config, context),
};
