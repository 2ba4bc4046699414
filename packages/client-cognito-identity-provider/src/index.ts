// Public entry of @lithe/client-cognito-identity-provider. Hand-written customizations go beside
// generated/, never inside it.
export * from "./generated/index.js";
export { signInWithSrp, type SignInWithSrpInput } from "./signInWithSrp.js";
export { SrpProtocolError } from "./srp/SrpProtocolError.js";
export { refreshTokensIfExpiring, type RefreshTokensIfExpiringInput } from "./refreshTokensIfExpiring.js";
