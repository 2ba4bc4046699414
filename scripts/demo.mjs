#!/usr/bin/env node
// `npm run demo`: the whole password-recovery flow with lithe against a local Cognito.
//
// Starts cognito-local on a free loopback port (or uses COGNITO_ENDPOINT), sets up a user pool, an app
// client with a secret and a user with a verified email through lithe's signed admin commands, then:
// ForgotPassword → ConfirmForgotPassword with the delivered code → InitiateAuth with the new password →
// signInWithSrp with the new password (cognito-local has no SRP: that step runs against lithe's
// loopback SRP server, scripts/lib/srpServer.mjs, seeded with the new password; the output says so).
// The SecretHash of every user-facing call is filled in by lithe from the app client's secret.
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  signInWithSrp,
} from "@lithe/client-cognito-identity-provider";
import { startCognitoLocal } from "./lib/cognitoLocal.mjs";
import { startSrpServer } from "./lib/srpServer.mjs";

const step = (title) => console.log(`\n▸ ${title}`);
const detail = (label, value) => console.log(`  ${label.padEnd(18)} ${value}`);
const meta = ({ requestId, attempts, httpStatusCode }) =>
  `HTTP ${httpStatusCode}, ${attempts} attempt${attempts === 1 ? "" : "s"}, request ID ${requestId ?? "(none: cognito-local sends none)"}`;

const local = process.env.COGNITO_ENDPOINT ? undefined : await startCognitoLocal();
const endpoint = process.env.COGNITO_ENDPOINT ?? local.endpoint;
const region = process.env.AWS_REGION ?? "us-east-1";
// cognito-local accepts any signature; a real endpoint needs real credentials from the environment.
const credentials = process.env.AWS_ACCESS_KEY_ID
  ? undefined
  : { accessKeyId: "AKIDLOCALDEMO", secretAccessKey: "local-demo-secret-key" };

try {
  console.log(`lithe password-recovery demo against ${endpoint}${local ? " (cognito-local, started for this run)" : ""}`);
  const admin = new CognitoIdentityProviderClient({ region, endpoint, credentials });

  step("Set-up, with signed admin commands");
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({ PoolName: `lithe-demo-${Date.now()}`, AutoVerifiedAttributes: ["email"] }),
  );
  detail("user pool", UserPool.Id);
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: UserPool.Id,
      ClientName: "lithe-demo",
      GenerateSecret: true,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    }),
  );
  detail("app client", `${UserPoolClient.ClientId} (with a secret)`);
  const username = "demo-user";
  const email = "demo-user@example.com";
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: UserPool.Id,
      Username: username,
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: email },
        { Name: "email_verified", Value: "true" },
      ],
    }),
  );
  await admin.send(
    new AdminSetUserPasswordCommand({ UserPoolId: UserPool.Id, Username: username, Password: "Old-Passw0rd!", Permanent: true }),
  );
  detail("user", `${username} <${email}>, email verified`);
  admin.destroy();

  // The app's client: unsigned user-facing calls; lithe computes SecretHash from the secret.
  const app = new CognitoIdentityProviderClient({ region, endpoint, clientSecret: UserPoolClient.ClientSecret });
  const ClientId = UserPoolClient.ClientId;

  step("ForgotPassword");
  const forgot = await app.send(new ForgotPasswordCommand({ ClientId, Username: username }));
  const delivery = forgot.CodeDeliveryDetails;
  detail("code sent by", `${delivery.DeliveryMedium} to ${delivery.Destination} (${delivery.AttributeName})`);
  detail("response", meta(forgot.$metadata));

  const code = local
    ? await local.getConfirmationCode(UserPool.Id, username)
    : await askForCode();
  detail("code", local ? "read from cognito-local's store (a real user reads their email)" : "entered");

  step("ConfirmForgotPassword");
  const newPassword = `New-${randomBytes(6).toString("hex")}-Passw0rd!`;
  const confirm = await app.send(
    new ConfirmForgotPasswordCommand({ ClientId, Username: username, ConfirmationCode: code, Password: newPassword }),
  );
  detail("password", "changed");
  detail("response", meta(confirm.$metadata));

  step("InitiateAuth (USER_PASSWORD_AUTH) with the new password");
  const auth = await app.send(
    new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: newPassword } }),
  );
  const tokens = auth.AuthenticationResult;
  const issued = ["AccessToken", "IdToken", "RefreshToken"].filter((name) => tokens?.[name]);
  if (issued.length === 0) throw new Error("InitiateAuth returned no tokens");
  detail("signed in", `${issued.join(", ")} issued (not printed)`);
  detail("response", meta(auth.$metadata));
  app.destroy();

  step("signInWithSrp (USER_SRP_AUTH + PASSWORD_VERIFIER): the password is not sent");
  // cognito-local does not implement SRP: against it, this step goes to a loopback server playing
  // Cognito's side of SRP for the same pool, client and secret, seeded with the new password.
  const srp = local
    ? await startSrpServer({ userPoolId: UserPool.Id, clientId: ClientId, clientSecret: UserPoolClient.ClientSecret })
    : undefined;
  try {
    srp?.addUser({ username, password: newPassword, email });
    if (srp) detail("SRP server", `${srp.endpoint} (loopback stand-in: cognito-local has no SRP)`);
    const srpApp = new CognitoIdentityProviderClient({ region, endpoint: srp?.endpoint ?? endpoint, clientSecret: UserPoolClient.ClientSecret });
    const signedIn = await signInWithSrp(srpApp, { UserPoolId: UserPool.Id, ClientId, Username: email, Password: newPassword });
    const srpTokens = ["AccessToken", "IdToken", "RefreshToken"].filter((name) => signedIn.AuthenticationResult?.[name]);
    if (srpTokens.length === 0) throw new Error(`signInWithSrp returned no tokens (challenge: ${signedIn.ChallengeName})`);
    detail("signed in", `as ${email}, ${srpTokens.join(", ")} issued (not printed)`);
    detail("response", meta(signedIn.$metadata));
    srpApp.destroy();
  } finally {
    await srp?.stop();
  }

  console.log("\n✔ Password recovery complete.");
} catch (error) {
  console.error(`\n✘ ${error.name}: ${error.message}`);
  if (error.$metadata) console.error(`  ${JSON.stringify(error.$metadata)}`);
  process.exitCode = 1;
} finally {
  await local?.stop();
}

async function askForCode() {
  if (process.env.COGNITO_CONFIRMATION_CODE) return process.env.COGNITO_CONFIRMATION_CODE;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question("  confirmation code: ")).trim();
  } finally {
    rl.close();
  }
}
