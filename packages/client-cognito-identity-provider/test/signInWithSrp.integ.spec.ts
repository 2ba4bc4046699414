// signInWithSrp end to end over loopback HTTP, against a server playing Cognito's side of
// USER_SRP_AUTH (scripts/lib/srpServer.mjs: its own SRP arithmetic, node:crypto's HKDF), and
// amazon-cognito-identity-js's CognitoUser.authenticateUser against the same server.
import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import {
  CognitoIdentityProviderClient,
  NotAuthorizedException,
  RespondToAuthChallengeCommand,
  signInWithSrp,
  SrpProtocolError,
  type CognitoIdentityProviderClientConfig,
} from "@lithe/client-cognito-identity-provider";
import { ValidationError } from "@lithe/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSrpServer, type SrpServer } from "../../../scripts/lib/srpServer.mjs";
import { startScriptedServer } from "../../core/test/support/scriptedServer.js";

const require = createRequire(import.meta.url);
const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require("amazon-cognito-identity-js");

const USER_POOL_ID = "eu-west-1_SrpLoop42";
const CLIENT_ID = "4srp5loopback6client7id8ab";
const CLIENT_SECRET = "srp-loopback-client-secret-0123456789abcdefghij";
const PASSWORD = "Correct-Horse-Battery-9";
const USERNAME = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const EMAIL = "ada@example.com";
const MFA_USER = "mfa-user";

let server: SrpServer;
let secretServer: SrpServer;
const clients: CognitoIdentityProviderClient[] = [];
const clientFor = (target: SrpServer, config: CognitoIdentityProviderClientConfig = {}) => {
  const client = new CognitoIdentityProviderClient({ region: "eu-west-1", endpoint: target.endpoint, ...config });
  clients.push(client);
  return client;
};
const input = (overrides: Record<string, string> = {}) => ({ UserPoolId: USER_POOL_ID, ClientId: CLIENT_ID, Username: USERNAME, Password: PASSWORD, ...overrides });
const secretHash = (username: string) => createHmac("sha256", CLIENT_SECRET).update(username + CLIENT_ID).digest("base64");

beforeAll(async () => {
  server = await startSrpServer({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID });
  secretServer = await startSrpServer({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  for (const target of [server, secretServer]) {
    target.addUser({ username: USERNAME, password: PASSWORD, email: EMAIL });
    target.addUser({ username: MFA_USER, password: PASSWORD, mfa: "SOFTWARE_TOKEN_MFA" });
  }
});
afterEach(() => {
  server.calls.length = 0;
  secretServer.calls.length = 0;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all([server?.stop(), secretServer?.stop()]);
});

describe("signInWithSrp against a loopback SRP server", () => {
  it("signs in with the right password without sending it, and returns the tokens", async () => {
    const output = await signInWithSrp(clientFor(server), input());

    expect(output.AuthenticationResult?.AccessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(output.AuthenticationResult?.RefreshToken).toBeTruthy();
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(server.calls.map((call) => call.operation)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
    const [initiate, respond] = server.calls;
    expect(initiate!.body).toMatchObject({ AuthFlow: "USER_SRP_AUTH", ClientId: CLIENT_ID, AuthParameters: { USERNAME } });
    expect(initiate!.body.AuthParameters.SRP_A).toMatch(/^[0-9a-f]+$/);
    expect(respond!.body).toMatchObject({ ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses: { USERNAME } });
    expect(respond!.body.ChallengeResponses.TIMESTAMP).toMatch(/^\w{3} \w{3} [1-9]\d? \d\d:\d\d:\d\d UTC \d{4}$/);
    expect(JSON.stringify(server.calls)).not.toContain(PASSWORD);
  });

  it("signs in by an alias, answering the challenge as USER_ID_FOR_SRP", async () => {
    const output = await signInWithSrp(clientFor(server), input({ Username: EMAIL }));

    expect(output.AuthenticationResult?.IdToken).toBeTruthy();
    expect(server.calls[0]!.body.AuthParameters.USERNAME).toBe(EMAIL);
    expect(server.calls[1]!.body.ChallengeResponses.USERNAME).toBe(USERNAME);
  });

  it("rejects a wrong password with the typed NotAuthorizedException, the password in no message", async () => {
    const error = await signInWithSrp(clientFor(server), input({ Password: "Wrong-Password-1" })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotAuthorizedException);
    expect((error as NotAuthorizedException).$metadata.httpStatusCode).toBe(400);
    expect(String((error as Error).message)).not.toContain("Wrong-Password-1");
    expect(JSON.stringify(server.calls)).not.toContain("Wrong-Password-1");
  });

  it("sends SECRET_HASH in both steps when the client has a secret: for the Username, then for USER_ID_FOR_SRP", async () => {
    const output = await signInWithSrp(clientFor(secretServer, { clientSecret: CLIENT_SECRET }), input({ Username: EMAIL }));

    expect(output.AuthenticationResult?.AccessToken).toBeTruthy();
    const [initiate, respond] = secretServer.calls;
    expect(initiate!.body.AuthParameters.SECRET_HASH).toBe(secretHash(EMAIL));
    expect(respond!.body.ChallengeResponses.SECRET_HASH).toBe(secretHash(USERNAME));
  });

  it("takes the secret per call too, and the server refuses a sign-in without one", async () => {
    const output = await signInWithSrp(clientFor(secretServer), input(), { clientSecret: CLIENT_SECRET });
    expect(output.AuthenticationResult?.AccessToken).toBeTruthy();

    const error = await signInWithSrp(clientFor(secretServer), input()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAuthorizedException);
    expect((error as Error).message).toMatch(/secret hash/);
  });

  it("returns the next challenge with its Session, which RespondToAuthChallenge answers", async () => {
    const client = clientFor(server);
    const output = await signInWithSrp(client, input({ Username: MFA_USER }));

    expect(output.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    expect(output.AuthenticationResult).toBeUndefined();
    const answered = await client.send(
      new RespondToAuthChallengeCommand({
        ClientId: CLIENT_ID,
        ChallengeName: "SOFTWARE_TOKEN_MFA",
        Session: output.Session,
        ChallengeResponses: { USERNAME: MFA_USER, SOFTWARE_TOKEN_MFA_CODE: server.mfaCode },
      }),
    );
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("never puts the password, SRP values, the signature or tokens in a log record", async () => {
    const records: unknown[] = [];
    const record = (...args: unknown[]) => records.push(args);
    const logger = { debug: record, info: record, warn: record, error: record, trace: record };
    const client = clientFor(secretServer, { logger, clientSecret: CLIENT_SECRET });

    const output = await signInWithSrp(client, input({ Username: EMAIL }));
    await signInWithSrp(client, input({ Password: "Wrong-Password-1" })).catch(() => undefined);

    const logged = JSON.stringify(records);
    expect(records.length).toBe(4);
    const sent = secretServer.calls.flatMap((call) => Object.values({ ...call.body.AuthParameters, ...call.body.ChallengeResponses }));
    const received = [output.AuthenticationResult!.AccessToken!, output.AuthenticationResult!.IdToken!, output.AuthenticationResult!.RefreshToken!];
    for (const secret of [PASSWORD, "Wrong-Password-1", ...received, ...sent.filter((value) => value !== EMAIL && value !== USERNAME)]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).toContain("InitiateAuthCommand");
    expect(logged).toContain("RespondToAuthChallengeCommand");
  });

  it("rejects bad input before any request, naming every offending member and no value", async () => {
    const error = await signInWithSrp(clientFor(server), { UserPoolId: "no-underscore", ClientId: CLIENT_ID, Username: "", Password: undefined as any }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations.map((v) => v.path).sort()).toEqual(["Password", "UserPoolId", "Username"]);
    expect((error as Error).message).not.toContain("no-underscore");
    expect(server.calls).toEqual([]);
  });

  it("is answered the same way for amazon-cognito-identity-js's CognitoUser.authenticateUser", async () => {
    const pool = new CognitoUserPool({ UserPoolId: USER_POOL_ID, ClientId: CLIENT_ID, endpoint: `${server.endpoint}/` });
    const authenticate = (password: string) =>
      new Promise<any>((resolve, reject) =>
        new CognitoUser({ Username: EMAIL, Pool: pool }).authenticateUser(new AuthenticationDetails({ Username: EMAIL, Password: password }), {
          onSuccess: resolve,
          onFailure: reject,
        }),
      );

    const session = await authenticate(PASSWORD);
    expect(session.getAccessToken().decodePayload().sub).toBe(USERNAME);
    await expect(authenticate("Wrong-Password-1")).rejects.toMatchObject({ code: "NotAuthorizedException" });
  });
});

describe("signInWithSrp when the service's answer is not one SRP can go on with", () => {
  const N_HEX =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";
  const verifier = { SALT: "0a1b2c", SECRET_BLOCK: "c2VjcmV0", SRP_B: "7f00ff", USER_ID_FOR_SRP: USERNAME };
  const cases: Array<[string, object, RegExp]> = [
    ["another challenge", { ChallengeName: "CUSTOM_CHALLENGE", Session: "s".repeat(20), ChallengeParameters: {} }, /expected the PASSWORD_VERIFIER challenge.*CUSTOM_CHALLENGE/],
    ["missing parameters", { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { SALT: "0a" } }, /without SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP/],
    ["SRP_B that is not hex", { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { ...verifier, SRP_B: "xyz" } }, /not hex/],
    ["SRP_B = N, zero mod N", { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { ...verifier, SRP_B: N_HEX } }, /zero mod N/],
  ];
  for (const [what, answer, message] of cases) {
    it(`rejects ${what} with SrpProtocolError, sending no answer`, async () => {
      const scripted = await startScriptedServer([{ status: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: JSON.stringify(answer) }]);
      try {
        const client = new CognitoIdentityProviderClient({ region: "eu-west-1", endpoint: scripted.url });
        clients.push(client);
        const error = await signInWithSrp(client, input()).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SrpProtocolError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).not.toContain(PASSWORD);
        expect(scripted.requests).toHaveLength(1);
      } finally {
        await scripted.close();
      }
    });
  }
});
