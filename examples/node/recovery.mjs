#!/usr/bin/env node
// Password recovery for a Cognito user pool with lithe: ForgotPassword sends the user a code, the
// user types it here with a new password, ConfirmForgotPassword sets it.
//
//   CLIENT_ID=<app client id> USERNAME=<user> AWS_REGION=eu-west-1 node recovery.mjs
//
// Optional: CLIENT_SECRET when the app client has a secret (lithe then computes SecretHash),
// COGNITO_ENDPOINT to talk to another endpoint, e.g. cognito-local on http://127.0.0.1:9229.
// Both calls are unsigned: no AWS credentials are needed.
import { stdin, stdout } from "node:process";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import {
  CodeDeliveryFailureException,
  CodeMismatchException,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ExpiredCodeException,
  ForgotPasswordCommand,
  InvalidPasswordException,
  LimitExceededException,
  TooManyFailedAttemptsException,
  TooManyRequestsException,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";

const { CLIENT_ID, USERNAME, AWS_REGION, CLIENT_SECRET, COGNITO_ENDPOINT } = process.env;
if (!CLIENT_ID || !USERNAME || !AWS_REGION) {
  console.error("Set CLIENT_ID, USERNAME and AWS_REGION (and CLIENT_SECRET if the app client has a secret).");
  process.exit(2);
}

const client = new CognitoIdentityProviderClient({
  region: AWS_REGION,
  ...(COGNITO_ENDPOINT ? { endpoint: COGNITO_ENDPOINT } : {}),
  ...(CLIENT_SECRET ? { clientSecret: CLIENT_SECRET } : {}),
});
const prompt = createPrompt();

try {
  const { CodeDeliveryDetails: delivery } = await client.send(new ForgotPasswordCommand({ ClientId: CLIENT_ID, Username: USERNAME }));
  console.log(`A code was sent by ${delivery?.DeliveryMedium ?? "?"} to ${delivery?.Destination ?? "?"}.`);

  const code = await prompt.ask("Code: ");
  const password = await prompt.ask("New password: ", { secret: true });
  await client.send(new ConfirmForgotPasswordCommand({ ClientId: CLIENT_ID, Username: USERNAME, ConfirmationCode: code, Password: password }));
  console.log("Password changed. Sign in with the new password.");
} catch (error) {
  console.error(explain(error));
  process.exitCode = 1;
} finally {
  prompt.close();
  client.destroy();
}

/** A message for the errors a user can do something about; the error's own message otherwise. */
function explain(error) {
  if (error instanceof UserNotFoundException) return `No user ${USERNAME} in this user pool.`;
  if (error instanceof CodeMismatchException) return "That code is wrong. Run again to get a new one.";
  if (error instanceof ExpiredCodeException) return "That code has expired. Run again to get a new one.";
  if (error instanceof InvalidPasswordException) return `The password does not meet the pool's policy: ${error.message}`;
  if (error instanceof CodeDeliveryFailureException) return "Cognito could not deliver the code.";
  if (error instanceof LimitExceededException || error instanceof TooManyRequestsException || error instanceof TooManyFailedAttemptsException) {
    return "Too many attempts. Wait a while, then try again.";
  }
  const requestId = error?.$metadata?.requestId;
  return `${error?.name ?? "Error"}: ${error?.message ?? String(error)}${requestId ? ` (request ID ${requestId})` : ""}`;
}

/**
 * Reads answers line by line from stdin: typed at a terminal (a secret answer is not echoed) or
 * piped in. Lines are read through one iterator, so piped lines that arrive early are not lost.
 */
function createPrompt() {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: stdin, output, terminal: Boolean(stdin.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, { secret = false } = {}) {
      stdout.write(question);
      muted = secret;
      const { value, done } = await lines.next();
      muted = false;
      if (secret && stdin.isTTY) stdout.write("\n");
      if (done) throw new Error("No answer: stdin ended.");
      return value.trim();
    },
    close: () => rl.close(),
  };
}
