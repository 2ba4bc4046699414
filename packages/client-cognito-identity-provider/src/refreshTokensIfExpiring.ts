import type { CallOptions } from "@lithe/core";
import type { CognitoIdentityProviderClient } from "./generated/CognitoIdentityProviderClient.js";
import {
  GetTokensFromRefreshTokenCommand,
  type GetTokensFromRefreshTokenCommandOutput,
} from "./generated/commands/GetTokensFromRefreshTokenCommand.js";

export interface RefreshTokensIfExpiringInput {
  ClientId: string;
  RefreshToken: string;
  /** The current access token: only its `exp` claim is read. */
  AccessToken: string;
  /** Refresh when the access token expires within this many seconds (default 300), or has expired. */
  marginSeconds?: number;
  ClientSecret?: string;
  DeviceKey?: string;
  ClientMetadata?: Record<string, string>;
}

/**
 * Calls GetTokensFromRefreshToken only when the access token is within `marginSeconds` of its
 * expiry (or past it, or unreadable); resolves to that call's output, or to `undefined` when the
 * token is still good. With refresh-token rotation on, the output carries a new RefreshToken:
 * keep it, the old one is spent.
 *
 * The token's `exp` is decoded, not verified: no signature check is made, so this decides only
 * *when* to refresh, and must never be used to decide whether to trust a token.
 */
export const refreshTokensIfExpiring = async (
  client: CognitoIdentityProviderClient,
  input: RefreshTokensIfExpiringInput,
  options?: CallOptions,
): Promise<GetTokensFromRefreshTokenCommandOutput | undefined> => {
  const { AccessToken, marginSeconds = 300, ...request } = input;
  const expiresAt = expiryOf(AccessToken);
  if (expiresAt !== undefined && expiresAt - Date.now() / 1000 > marginSeconds) return undefined;
  return client.send(new GetTokensFromRefreshTokenCommand(request), options);
};

/** The JWT's `exp` (seconds since the epoch), or undefined when the token is not a readable JWT. */
const expiryOf = (jwt: string): number | undefined => {
  try {
    const payload = jwt.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/");
    const exp = JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, "=")))?.exp;
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
};
