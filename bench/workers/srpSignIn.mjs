// CPU time of one SRP sign-in (USER_SRP_AUTH + PASSWORD_VERIFIER), client side only: the service's
// two answers come from memory (a PASSWORD_VERIFIER challenge with a random 3072-bit SRP_B, then
// tokens), so what is measured is the client's arithmetic, hashing and two calls.
// argv: <lithe|amazon-cognito-identity-js> <signIns>. Prints CPU ms of the first sign-in in this
// fresh process (loads the SRP code) and the median of the rest.
import { randomBytes } from "node:crypto";
import { HttpResponse } from "@smithy/protocol-http";
import { median } from "../lib/stats.mjs";

const [sdk, countArg] = process.argv.slice(2);
const count = Number(countArg);
const USER_POOL_ID = "us-east-1_BenchPool1";
const CLIENT_ID = "4example5clientid6abc7defg";

const challenge = JSON.stringify({
  ChallengeName: "PASSWORD_VERIFIER",
  Session: randomBytes(48).toString("base64"),
  ChallengeParameters: {
    SALT: randomBytes(16).toString("hex"),
    SECRET_BLOCK: randomBytes(1024).toString("base64"),
    // Below N (whose top 64 bits are all ones) and not zero.
    SRP_B: `7${randomBytes(383).toString("hex")}`,
    USERNAME: "alice",
    USER_ID_FOR_SRP: "alice",
  },
});
const tokens = JSON.stringify({
  ChallengeParameters: {},
  AuthenticationResult: { AccessToken: "a.b.c", IdToken: "a.b.c", RefreshToken: "r", ExpiresIn: 3600, TokenType: "Bearer" },
});
const answer = (target) => (String(target).endsWith("InitiateAuth") ? challenge : tokens);
const headers = { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "0f6c1c64-1a3c-4d5a-9d3b-3c2f2c1d0e9a" };

let signIn;
if (sdk === "lithe") {
  const { CognitoIdentityProviderClient, signInWithSrp } = await import("@lithe/client-cognito-identity-provider");
  const requestHandler = {
    handle: (request) =>
      Promise.resolve({ response: new HttpResponse({ statusCode: 200, headers: { ...headers }, body: Buffer.from(answer(request.headers["x-amz-target"])) }) }),
  };
  const client = new CognitoIdentityProviderClient({ region: "us-east-1", requestHandler });
  signIn = () => signInWithSrp(client, { UserPoolId: USER_POOL_ID, ClientId: CLIENT_ID, Username: "alice", Password: "Correct-Horse-9" });
} else {
  // Which calls reached the service: a sign-in that failed before answering PASSWORD_VERIFIER must not
  // be timed as a whole one.
  let answered = [];
  globalThis.fetch = async (_url, init) => {
    answered.push(init.headers["X-Amz-Target"]);
    return new Response(answer(init.headers["X-Amz-Target"]), { status: 200, headers });
  };
  const { AuthenticationDetails, CognitoUser, CognitoUserPool } = await import("amazon-cognito-identity-js");
  const pool = new CognitoUserPool({ UserPoolId: USER_POOL_ID, ClientId: CLIENT_ID });
  signIn = () => {
    answered = [];
    return new Promise((resolve, reject) =>
      new CognitoUser({ Username: "alice", Pool: pool }).authenticateUser(new AuthenticationDetails({ Username: "alice", Password: "Correct-Horse-9" }), {
        onSuccess: resolve,
        // The canned tokens are not JWTs; the sign-in itself has finished when it fails on them, which
        // is only once both calls were answered.
        onFailure: (error) =>
          answered.length === 2 && answered[1].endsWith("RespondToAuthChallenge")
            ? resolve(error)
            : reject(new Error(`amazon-cognito-identity-js stopped after ${answered.join(", ") || "no call"}: ${error?.message}`)),
      }),
    );
  };
}

const cpuMs = [];
for (let i = 0; i < count; i++) {
  const before = process.cpuUsage();
  const output = await signIn();
  if (sdk === "lithe" && !output.AuthenticationResult) throw new Error("sign-in did not finish");
  const { user, system } = process.cpuUsage(before);
  cpuMs.push((user + system) / 1000);
}
console.log(JSON.stringify({ sdk, signIns: count, firstCpuMs: cpuMs[0], medianCpuMs: median(cpuMs.slice(1).length ? cpuMs.slice(1) : cpuMs) }));
