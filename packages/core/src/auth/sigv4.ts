import type { SigningAuthScheme } from "../plugins/getSigningPlugin.js";
import { signRequest } from "./lazySignRequest.js";
import { sendSigned } from "./sendSigned.js";

/**
 * AWS Signature Version 4 as an auth scheme. Generated commands of signed operations reference it
 * (`auth: sigv4`); unsigned ones do not, so apps that only use unsigned commands bundle no signer,
 * no credential provider and no clock-skew handling. The signer itself (with its SHA-256) is loaded
 * on the first signed call (lazySignRequest.ts).
 */
export const sigv4: SigningAuthScheme = {
  id: "aws.auth#sigv4",
  sign: signRequest,
  send: (next, args, config, context) => sendSigned(sigv4, next, args, config, context),
};
