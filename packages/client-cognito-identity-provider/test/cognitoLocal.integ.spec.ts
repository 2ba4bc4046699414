// Checks the shared cognito-local harness (scripts/lib/cognitoLocal.mjs), driven by lithe's own client.
import { access } from "node:fs/promises";
import { request } from "node:http";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CodeMismatchException,
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ListUserPoolsCommand,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { createConfirmedUser as createUser, localClient } from "./support/cognitoLocalSetup.js";

const PASSWORD = "Initial-Passw0rd!";
const NEW_PASSWORD = "Changed-Passw0rd!";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function rawRequest(url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("cognito-local harness", () => {
  let local: CognitoLocal;
  let client: CognitoIdentityProviderClient;
  let userPoolId: string;
  let clientId: string;

  const createConfirmedUser = (username: string) => createUser(client, userPoolId, username, PASSWORD);

  beforeAll(async () => {
    local = await startCognitoLocal();
    client = localClient(local.endpoint);
    const pool = await client.send(new CreateUserPoolCommand({ PoolName: "harness", AutoVerifiedAttributes: ["email"] }));
    userPoolId = pool.UserPool!.Id!;
    const appClient = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: "harness-client",
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    clientId = appClient.UserPoolClient!.ClientId!;
  });

  afterAll(async () => {
    client?.destroy();
    await local?.stop();
  });

  it("listens on a loopback endpoint and keeps its data in a temp folder", async () => {
    expect(local.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(local.endpoint).not.toBe("http://127.0.0.1:0");
    await expect(access(`${local.dataDir}/${userPoolId}.json`)).resolves.toBeUndefined();
  });

  it("resets a forgotten password with the code getConfirmationCode returns", async () => {
    await createConfirmedUser("alice");
    await expect(local.getConfirmationCode(userPoolId, "alice")).resolves.toBeUndefined();

    const forgot = await client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: "alice" }));
    expect(forgot.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email" });

    const code = await local.getConfirmationCode(userPoolId, "alice");
    expect(code).toMatch(/^\d{6}$/);

    await client.send(
      new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: code!, Password: NEW_PASSWORD }),
    );
    // A used code is gone: the next reset needs a new one.
    await expect(local.getConfirmationCode(userPoolId, "alice")).resolves.toBeUndefined();

    const auth = await client.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "alice", PASSWORD: NEW_PASSWORD },
      }),
    );
    expect(auth.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    const issuer = JSON.parse(Buffer.from(auth.AuthenticationResult!.AccessToken!.split(".")[1]!, "base64url").toString());
    expect(issuer.iss).toBe(`${local.endpoint}/${userPoolId}`);
  });

  it("finds the code by the user's sub as well as by username", async () => {
    await createConfirmedUser("dora");
    await client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: "dora" }));
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: "dora" }));
    const sub = user.UserAttributes!.find((a) => a.Name === "sub")!.Value!;
    const byName = await local.getConfirmationCode(userPoolId, "dora");
    expect(byName).toMatch(/^\d{6}$/);
    await expect(local.getConfirmationCode(userPoolId, sub)).resolves.toBe(byName);
  });

  it("rejects a wrong confirmation code with CodeMismatchException", async () => {
    await createConfirmedUser("bob");
    await client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: "bob" }));
    const code = (await local.getConfirmationCode(userPoolId, "bob"))!;
    const wrong = code === "000000" ? "111111" : "000000";

    await expect(
      client.send(
        new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: "bob", ConfirmationCode: wrong, Password: NEW_PASSWORD }),
      ),
    ).rejects.toBeInstanceOf(CodeMismatchException);
    // The right code still works afterwards: a mismatch does not consume it.
    await expect(local.getConfirmationCode(userPoolId, "bob")).resolves.toBe(code);
  });

  it("answers ForgotPassword for an unknown user with UserNotFoundException", async () => {
    await expect(client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: "nobody" }))).rejects.toBeInstanceOf(
      UserNotFoundException,
    );
  });

  it("rejects getConfirmationCode for an unknown pool or user", async () => {
    await expect(local.getConfirmationCode("local_nope", "alice")).rejects.toThrow(/no user pool local_nope/);
    await expect(local.getConfirmationCode(userPoolId, "nobody")).rejects.toThrow(/no user nobody/);
  });

  it("accepts admin operations without a SigV4 signature", async () => {
    const res = await rawRequest(
      `${local.endpoint}/`,
      "POST",
      {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AWSCognitoIdentityProviderService.AdminGetUser",
      },
      JSON.stringify({ UserPoolId: userPoolId, Username: "alice" }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ Username: "alice", UserStatus: "CONFIRMED" });
  });

  it("answers a body that is not JSON with a JSON SerializationException", async () => {
    const res = await rawRequest(
      `${local.endpoint}/`,
      "POST",
      {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AWSCognitoIdentityProviderService.ListUserPools",
      },
      "{not json",
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ __type: "SerializationException" });
  });

  it("allows a browser preflight with the SDK's headers from another origin", async () => {
    const requested = ["content-type", "x-amz-target", "x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request"];
    const res = await rawRequest(`${local.endpoint}/`, "OPTIONS", {
      origin: "http://127.0.0.1:1234",
      "access-control-request-method": "POST",
      "access-control-request-headers": requested.join(","),
    });
    expect(res.status).toBe(204);
    expect(["*", "http://127.0.0.1:1234"]).toContain(res.headers["access-control-allow-origin"]);
    expect(String(res.headers["access-control-allow-methods"]).split(",")).toContain("POST");
    const allowed = String(res.headers["access-control-allow-headers"]).toLowerCase().split(/\s*,\s*/);
    for (const header of requested) expect(allowed).toContain(header);
  });

  it("runs two harnesses at once on different ports with separate data", async () => {
    const other = await startCognitoLocal();
    const otherClient = localClient(other.endpoint);
    try {
      expect(other.endpoint).not.toBe(local.endpoint);
      expect(other.dataDir).not.toBe(local.dataDir);
      await otherClient.send(new CreateUserPoolCommand({ PoolName: "other" }));
      const mine = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
      const theirs = await otherClient.send(new ListUserPoolsCommand({ MaxResults: 60 }));
      expect(mine.UserPools?.map((p) => p.Name)).toEqual(["harness"]);
      expect(theirs.UserPools?.map((p) => p.Name)).toEqual(["other"]);
    } finally {
      otherClient.destroy();
      await other.stop();
    }
  });

  it("logs to the caller's sink without confirmation codes or passwords", async () => {
    const lines: string[] = [];
    const logged = await startCognitoLocal({ quiet: false, log: (line) => lines.push(line) });
    const loggedClient = localClient(logged.endpoint);
    try {
      const pool = await loggedClient.send(new CreateUserPoolCommand({ PoolName: "logged" }));
      const poolId = pool.UserPool!.Id!;
      const app = await loggedClient.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "c" }));
      const appId = app.UserPoolClient!.ClientId!;
      await loggedClient.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: "erin",
          UserAttributes: [{ Name: "email", Value: "erin@example.com" }],
          TemporaryPassword: PASSWORD,
          DesiredDeliveryMediums: ["EMAIL"],
        }),
      );
      await loggedClient.send(new ForgotPasswordCommand({ ClientId: appId, Username: "erin" }));
      const code = (await logged.getConfirmationCode(poolId, "erin"))!;
      await expect(
        loggedClient.send(new ForgotPasswordCommand({ ClientId: appId, Username: "nobody" })),
      ).rejects.toBeInstanceOf(UserNotFoundException);

      expect(lines.filter((l) => l.includes("delivered to erin@example.com"))).toHaveLength(2);
      expect(lines.some((l) => l.includes("UserNotFoundException"))).toBe(true);
      for (const line of lines) {
        expect(line).not.toContain(code);
        expect(line).not.toContain(PASSWORD);
      }
    } finally {
      loggedClient.destroy();
      await logged.stop();
    }
  });

  // server.close() alone would wait for the half-sent request below until Node's request timeout
  // (minutes); the test timeout catches that hang.
  it("stops while a request is still being received and deletes the temp folder", { timeout: 10_000 }, async () => {
    const temp = await startCognitoLocal();
    const pending = new Promise<Error>((resolve) => {
      const req = request(`${temp.endpoint}/`, {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/x-amz-json-1.1",
          "x-amz-target": "AWSCognitoIdentityProviderService.ListUserPools",
          "content-length": "100",
        },
      });
      req.on("error", resolve);
      req.on("response", () => resolve(new Error("unexpected response")));
      req.write("{");
    });
    // Let the server see the request head before stopping.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await temp.stop();
    await temp.stop();

    await expect(pending).resolves.toMatchObject({ code: "ECONNRESET" });
    await expect(access(temp.dataDir)).rejects.toMatchObject({ code: "ENOENT" });
    await expect(rawRequest(`${temp.endpoint}/health`, "GET", {})).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
