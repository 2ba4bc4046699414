import type { AuthScheme } from "../schema/types.js";
import { signRequest } from "./signRequest.js";

/**
 * AWS Signature Version 4 as an auth scheme. Generated commands of signed operations reference it
 * (`auth: sigv4`); unsigned ones do not, so apps that only use unsigned commands bundle no signer.
 */
export const sigv4: AuthScheme = { id: "aws.auth#sigv4", sign: signRequest };
