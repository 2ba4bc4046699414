// refreshTokensIfExpiring over loopback HTTP, with tokens issued by a sign-in on the SRP server
// (scripts/lib/srpServer.mjs), which also rotates refresh tokens as Cognito does when asked to.
import { CognitoIdentityProviderClient, NotAuthorizedException, refreshTokensIfExpiring, signInWithSrp } from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSrpServer, type SrpServer } from "../../../scripts/lib/srpServer.mjs";

const USER_POOL_ID = "eu-west-1_Refresh42";
const CLIENT_ID = "5refresh6client7id8abcdefg";
const USER = { username: "refresh-user", password: "Correct-Horse-Battery-9" };

let longLived: SrpServer;
let shortLived: SrpServer;
const clients: CognitoIdentityProviderClient[] = [];
const signIn = async (server: SrpServer) => {
  const client = new CognitoIdentityProviderClient({ region: "eu-west-1", endpoint: server.endpoint });
  clients.push(client);
  const { AuthenticationResult } = await signInWithSrp(client, { UserPoolId: USER_POOL_ID, ClientId: CLIENT_ID, Username: USER.username, Password: USER.password });
  server.calls.length = 0;
  return { client, AccessToken: AuthenticationResult!.AccessToken!, RefreshToken: AuthenticationResult!.RefreshToken! };
};

beforeAll(async () => {
  longLived = await startSrpServer({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, tokenLifetimeSeconds: 3600 });
  shortLived = await startSrpServer({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, tokenLifetimeSeconds: 60 });
  longLived.addUser(USER);
  shortLived.addUser(USER);
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all([longLived?.stop(), shortLived?.stop()]);
});

describe("refreshTokensIfExpiring", () => {
  it("sends nothing while the access token has more than the margin left", async () => {
    const { client, AccessToken, RefreshToken } = await signIn(longLived);

    expect(await refreshTokensIfExpiring(client, { ClientId: CLIENT_ID, RefreshToken, AccessToken, marginSeconds: 300 })).toBeUndefined();
    expect(longLived.calls).toEqual([]);
  });

  it("refreshes within the margin, and the rotated refresh token replaces the spent one", async () => {
    const { client, AccessToken, RefreshToken } = await signIn(shortLived);

    const output = await refreshTokensIfExpiring(client, { ClientId: CLIENT_ID, RefreshToken, AccessToken, marginSeconds: 300 });

    expect(shortLived.calls.map((call) => call.operation)).toEqual(["GetTokensFromRefreshToken"]);
    expect(shortLived.calls[0]!.body).toEqual({ RefreshToken, ClientId: CLIENT_ID });
    expect(output?.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(output?.AuthenticationResult?.RefreshToken).toEqual(expect.any(String));
    expect(output?.AuthenticationResult?.RefreshToken).not.toBe(RefreshToken);
    const reused = await refreshTokensIfExpiring(client, { ClientId: CLIENT_ID, RefreshToken, AccessToken }).catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(NotAuthorizedException);
  });

  it("refreshes when the access token cannot be read, rather than guessing it is still good", async () => {
    const { client, RefreshToken } = await signIn(longLived);

    const output = await refreshTokensIfExpiring(client, { ClientId: CLIENT_ID, RefreshToken, AccessToken: "not-a-jwt" });

    expect(output?.AuthenticationResult?.IdToken).toBeTruthy();
  });
});
