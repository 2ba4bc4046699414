// `send(command, callback)` and `send(command, options, callback)`, the callback forms of the AWS
// SDK's Client.send, against cognito-local: the callback gets (null, output) or (error), send
// returns undefined, and what the callback throws goes nowhere (as in the AWS SDK).
import {
  type CognitoIdentityProviderClient,
  ForgotPasswordCommand,
  type ForgotPasswordCommandOutput,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { type AppClient, createAppClient, createConfirmedUser, createPool, localClient } from "./support/cognitoLocalSetup.js";

let local: CognitoLocal;
let client: CognitoIdentityProviderClient;
let app: AppClient;

beforeAll(async () => {
  local = await startCognitoLocal();
  client = localClient(local.endpoint);
  const pool = await createPool(client, "callbacks");
  app = await createAppClient(client, pool, "callbacks-app");
  await createConfirmedUser(client, pool, "cb-user", "Passw0rd!-cb");
});

afterAll(async () => {
  client?.destroy();
  await local?.stop();
});

/** Calls send in a callback form and resolves with what the callback got, and what send returned. */
const viaCallback = (send: (callback: (err: any, data?: ForgotPasswordCommandOutput) => void) => unknown) =>
  new Promise<{ returned: unknown; err: any; data?: ForgotPasswordCommandOutput; calls: number }>((resolve) => {
    let calls = 0;
    const returned = send((err, data) => {
      calls++;
      // Resolve on the next turn, so a second call of the callback would be counted.
      setTimeout(() => resolve({ returned, err, data, calls }), 20);
    });
  });

describe("send with a callback", () => {
  it("calls send(command, callback) back with (null, output) and returns undefined", async () => {
    const command = new ForgotPasswordCommand({ ClientId: app.clientId, Username: "cb-user" });
    const result = await viaCallback((callback) => client.send(command, callback));
    expect(result.returned).toBeUndefined();
    expect(result.calls).toBe(1);
    expect(result.err).toBeNull();
    expect(result.data!.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: "EMAIL", AttributeName: "email" });
    expect(result.data!.$metadata.httpStatusCode).toBe(200);
  });

  it("calls send(command, options, callback) back with the typed service error", async () => {
    const command = new ForgotPasswordCommand({ ClientId: app.clientId, Username: "nobody-here" });
    const result = await viaCallback((callback) => client.send(command, { requestTimeout: 5_000 }, callback));
    expect(result.returned).toBeUndefined();
    expect(result.calls).toBe(1);
    expect(result.err).toBeInstanceOf(UserNotFoundException);
    expect(result.err.$metadata.httpStatusCode).toBe(400);
    expect(result.data).toBeUndefined();
  });

  it("hands input rejected before sending to the callback rather than throwing", async () => {
    const command = new ForgotPasswordCommand({ ClientId: "", Username: "" });
    const result = await viaCallback((callback) => client.send(command, undefined, callback));
    expect(result.returned).toBeUndefined();
    expect(result.calls).toBe(1);
    expect(result.err).toBeInstanceOf(Error);
    expect(result.err.message).toMatch(/ClientId/);
    expect(result.err.message).toMatch(/Username/);
  });

  it("drops what the callback throws, as the AWS SDK does: no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const command = new ForgotPasswordCommand({ ClientId: app.clientId, Username: "cb-user" });
      const called = await new Promise<boolean>((resolve) => {
        client.send(command, () => {
          resolve(true);
          throw new Error("thrown by the callback");
        });
      });
      expect(called).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  // Checked by `npm run typecheck` (noImplicitAny): an inline callback's parameters are typed from the command.
  it("types an inline callback's data as the command's output", async () => {
    const command = new ForgotPasswordCommand({ ClientId: app.clientId, Username: "cb-user" });
    const medium = await new Promise<string | undefined>((resolve, reject) =>
      client.send(command, (err, data) => (err ? reject(err) : resolve(data?.CodeDeliveryDetails?.DeliveryMedium))),
    );
    expect(medium).toBe("EMAIL");
  });

  it("still returns the output promise without a callback", async () => {
    const output = await client.send(new ForgotPasswordCommand({ ClientId: app.clientId, Username: "cb-user" }), {});
    expect(output.CodeDeliveryDetails?.DeliveryMedium).toBe("EMAIL");
  });
});
