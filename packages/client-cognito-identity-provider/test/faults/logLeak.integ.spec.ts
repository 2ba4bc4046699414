import {
  ChangePasswordCommand,
  CodeMismatchException,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  NotAuthorizedException,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from "@lithe/client-cognito-identity-provider";
import { computeSecretHash } from "@lithe/core";
import { beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ID, fault, ok, useFaultHarness } from "./support/faultHarness.js";
import { collectedRecords, collectedText, collectingLogger, findSecrets, pinoLikeLogger, realConsole, registerSecrets } from "./support/logCollector.js";

// The log-leak check: the password-recovery, sign-up and sign-in flows run with known secrets in
// their inputs and in the canned outputs, successes and failures alike, through every kind of
// logger. The harness then fails the file if any of these strings appears in any collected record.
const h = useFaultHarness();

const USER = "leak.check.user@example.com";
const PASSWORD = "Leak-Check-Passw0rd!";
const NEW_PASSWORD = "Leak-Check-N3w-Passw0rd!";
const CODE = "61803398";
const SIGNUP_CODE = "27182818";
const CLIENT_SECRET = "leakchecksecret0123456789abcdefghijklmnopqrstuvwxyz01";
const META = "leak-check-client-metadata-value";
const ACCESS_TOKEN = "eyJraWQiOiJsZWFrLWFjY2VzcyJ9.eyJzdWIiOiJsZWFrIn0.access-signature-LEAK";
const ID_TOKEN = "eyJraWQiOiJsZWFrLWlkIn0.eyJlbWFpbCI6ImxlYWsifQ.id-signature-LEAK";
const REFRESH_TOKEN = "eyJjdHkiOiJKV1QiLCJlbmMiOiJsZWFrIn0.refresh-token-LEAK";
const SESSION = "AYABeLeakCheckSessionValue-0123456789-abcdefghij";
const DEVICE_KEY_SECRET = "leak-check-srp-secret-block-value";
let SECRET_HASH = "";
const REDACTED = "***SensitiveInformation***";

const AUTH_RESULT = { AccessToken: ACCESS_TOKEN, IdToken: ID_TOKEN, RefreshToken: REFRESH_TOKEN, ExpiresIn: 3600, TokenType: "Bearer" };

beforeAll(async () => {
  SECRET_HASH = await computeSecretHash(CLIENT_SECRET, USER, CLIENT_ID);
  registerSecrets(USER, PASSWORD, NEW_PASSWORD, CODE, SIGNUP_CODE, CLIENT_SECRET, SECRET_HASH, META, ACCESS_TOKEN, ID_TOKEN, REFRESH_TOKEN, SESSION);
});

/** Clients with each kind of logger, all feeding the collector, all with the app client secret. */
const clients = () =>
  [collectingLogger(), pinoLikeLogger(), realConsole()].map((logger) => h.client({ logger, clientSecret: CLIENT_SECRET, maxAttempts: 2 }));

describe("log-leak check", () => {
  it("password recovery: ForgotPassword then ConfirmForgotPassword, with successes and failures", async () => {
    for (const client of clients()) {
      h.server.script(
        ok({ CodeDeliveryDetails: { Destination: "l***@e***", DeliveryMedium: "EMAIL" } }),
        fault(400, "CodeMismatchException", {}, "Invalid verification code provided, please try again."),
        fault(500, "InternalErrorException"),
        ok({}),
      );
      await h.succeeds(() => client.send(new ForgotPasswordCommand({ ClientId: CLIENT_ID, Username: USER, ClientMetadata: { source: META } })), 2_000);
      const confirm = new ConfirmForgotPasswordCommand({ ClientId: CLIENT_ID, Username: USER, ConfirmationCode: CODE, Password: NEW_PASSWORD, ClientMetadata: { source: META } });
      expect(await h.fails(() => client.send(confirm), 2_000)).toBeInstanceOf(CodeMismatchException);
      await h.succeeds(() => client.send(confirm), 2_000);
    }
    // The secrets did go over the wire (the check is not vacuous) ...
    const wire = h.server.requests.map((r) => r.body.toString()).join("\n");
    expect(findSecrets(wire, [USER, CODE, NEW_PASSWORD, SECRET_HASH, META])).toEqual([USER, CODE, NEW_PASSWORD, SECRET_HASH, META]);
  });

  it("sign-up: SignUp and ConfirmSignUp, including a validation failure that names the password member", async () => {
    for (const client of clients()) {
      h.server.script(ok({ UserConfirmed: false, UserSub: "5f1d0c3e-0000-4000-8000-000000000001", Session: SESSION }), ok({ Session: SESSION }));
      await h.succeeds(
        () =>
          client.send(
            new SignUpCommand({
              ClientId: CLIENT_ID,
              Username: USER,
              Password: PASSWORD,
              UserAttributes: [{ Name: "email", Value: "someone@example.com" }],
              ClientMetadata: { invitedBy: META },
            }),
          ),
        2_000,
      );
      await h.succeeds(() => client.send(new ConfirmSignUpCommand({ ClientId: CLIENT_ID, Username: USER, ConfirmationCode: SIGNUP_CODE, Session: SESSION })), 2_000);
      // A password with a space breaks the model's pattern: the error names the member, never the value.
      const invalid = new SignUpCommand({ ClientId: CLIENT_ID, Username: USER, Password: `${PASSWORD} ${PASSWORD}` });
      expect((await h.fails(() => client.send(invalid), 1_000)).name).toBe("ValidationError");
    }
  });

  it("sign-in: InitiateAuth, RespondToAuthChallenge, GetUser and ChangePassword, tokens in inputs and outputs", async () => {
    for (const client of clients()) {
      h.server.script(
        // As Cognito answers: the challenge parameters carry the username (USER_ID_FOR_SRP).
        ok({ ChallengeName: "NEW_PASSWORD_REQUIRED", Session: SESSION, ChallengeParameters: { USER_ID_FOR_SRP: USER, requiredAttributes: "[]" } }),
        ok({ AuthenticationResult: AUTH_RESULT, ChallengeParameters: {} }),
        fault(400, "NotAuthorizedException", {}, "Incorrect username or password."),
        ok({ AuthenticationResult: { AccessToken: ACCESS_TOKEN, IdToken: ID_TOKEN, ExpiresIn: 3600, TokenType: "Bearer" } }),
        ok({ Username: USER, UserAttributes: [{ Name: "sub", Value: "5f1d0c3e-0000-4000-8000-000000000001" }] }),
        ok({}),
      );
      const auth = { USERNAME: USER, PASSWORD };
      await h.succeeds(() => client.send(new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: auth, ClientMetadata: { k: META } })), 2_000);
      const respond = new RespondToAuthChallengeCommand({
        ClientId: CLIENT_ID,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: SESSION,
        ChallengeResponses: { USERNAME: USER, NEW_PASSWORD },
      });
      await h.succeeds(() => client.send(respond), 2_000);
      const wrong = new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: USER, PASSWORD: NEW_PASSWORD } });
      expect(await h.fails(() => client.send(wrong), 2_000)).toBeInstanceOf(NotAuthorizedException);
      await h.succeeds(() => client.send(new InitiateAuthCommand({ ClientId: CLIENT_ID, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN } })), 2_000);
      await h.succeeds(() => client.send(new GetUserCommand({ AccessToken: ACCESS_TOKEN })), 2_000);
      await h.succeeds(() => client.send(new ChangePasswordCommand({ AccessToken: ACCESS_TOKEN, PreviousPassword: PASSWORD, ProposedPassword: NEW_PASSWORD })), 2_000);
    }
  });

  it("timeouts and aborts mid-call log nothing secret either", async () => {
    for (const client of clients()) {
      h.server.script({ kind: "hang" }, { kind: "hang" });
      const confirm = new ConfirmForgotPasswordCommand({ ClientId: CLIENT_ID, Username: USER, ConfirmationCode: CODE, Password: NEW_PASSWORD });
      expect((await h.fails(() => client.send(confirm, { requestTimeout: 50 }), 2_000)).name).toBe("TimeoutError");
      const controller = new AbortController();
      h.server.script({ kind: "hang" });
      const call = h.track(client.send(confirm, { abortSignal: controller.signal }));
      setTimeout(() => controller.abort(), 50);
      expect((await call.catch((e: unknown) => e as any)).name).toBe("AbortError");
    }
  });

  it("ClientMetadata values are redacted, their keys kept", () => {
    const forgot = collectedRecords().find((r: any) => (r.args?.[0] ?? r)?.commandName === "ForgotPasswordCommand") as any;
    expect((forgot.args?.[0] ?? forgot).input).toEqual({ ClientId: REDACTED, Username: REDACTED, ClientMetadata: { source: REDACTED } });
  });

  it("ChallengeParameters values are redacted: USER_ID_FOR_SRP carries the username", () => {
    const challenge = collectedRecords()
      .map((r: any) => r.args?.[0] ?? r)
      .find((record: any) => record?.output?.ChallengeName === "NEW_PASSWORD_REQUIRED") as any;
    expect(challenge.output.ChallengeParameters).toEqual({ USER_ID_FOR_SRP: REDACTED, requiredAttributes: REDACTED });
  });

  it("every call above was logged (one record each), so the scan below has something to scan", () => {
    // 3 loggers × (3 + 3 + 6 + 2) calls; the console's records are counted in its printed text.
    const structured = collectedRecords().length;
    expect(structured).toBe(2 * (3 + 3 + 6 + 2));
    expect(collectedText().match(/commandName: '/g)).toHaveLength(3 + 3 + 6 + 2);
  });

  it("the scan itself finds a secret when one is there", () => {
    const leaky = JSON.stringify([{ level: "info", args: [{ input: { Password: PASSWORD } }] }]);
    expect(findSecrets(leaky)).toEqual([PASSWORD]);
    expect(findSecrets(`{"note":"x${SECRET_HASH}y"}`)).toEqual([SECRET_HASH]);
  });
});
