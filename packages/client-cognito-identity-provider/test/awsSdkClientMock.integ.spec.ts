// aws-sdk-client-mock, the usual way to unit-test code written for the AWS SDK v3, on lithe's client.
// This file is in tsconfig's include, so `npm run typecheck` checks that `mockClient` takes the
// client class (it needs a `@smithy/types` Client) and that stubbed outputs are typed per command.
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientResolvedConfig,
  ForgotPasswordCommand,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";
import type { Client as SmithyClient } from "@smithy/types";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";

// The assignment the AWS SDK's own clients satisfy; a compile error here is the TS2345 users saw.
const asSmithyClient: SmithyClient<ServiceInputTypes, ServiceOutputTypes, CognitoIdentityProviderClientResolvedConfig> =
  new CognitoIdentityProviderClient({ region: "us-east-1" });
asSmithyClient.destroy();

const cognito = mockClient(CognitoIdentityProviderClient);

/** Code under test, as an app would write it. */
const startRecovery = async (client: CognitoIdentityProviderClient, username: string): Promise<string> => {
  try {
    const { CodeDeliveryDetails } = await client.send(new ForgotPasswordCommand({ ClientId: "app-client", Username: username }));
    return `code sent by ${CodeDeliveryDetails?.DeliveryMedium}`;
  } catch (error) {
    if (error instanceof UserNotFoundException) return "no such user";
    throw error;
  }
};

afterEach(() => cognito.reset());

describe("aws-sdk-client-mock on CognitoIdentityProviderClient", () => {
  it("answers a command with .resolves, and records the call", async () => {
    cognito.on(ForgotPasswordCommand).resolves({ CodeDeliveryDetails: { DeliveryMedium: "EMAIL", Destination: "a***@e***" } });
    const client = new CognitoIdentityProviderClient({ region: "eu-west-1" });
    expect(await startRecovery(client, "alice")).toBe("code sent by EMAIL");
    const calls = cognito.commandCalls(ForgotPasswordCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({ ClientId: "app-client", Username: "alice" });
  });

  it("fails a command with .rejects, with lithe's own error class", async () => {
    cognito.on(ForgotPasswordCommand).rejects(new UserNotFoundException({ message: "User does not exist.", $metadata: {} }));
    expect(await startRecovery(new CognitoIdentityProviderClient({}), "ghost")).toBe("no such user");
  });

  it("matches on input with .on(Command, input), falling back to the command's default", async () => {
    cognito
      .on(ForgotPasswordCommand)
      .resolves({ CodeDeliveryDetails: { DeliveryMedium: "EMAIL" } })
      .on(ForgotPasswordCommand, { Username: "texter" })
      .resolves({ CodeDeliveryDetails: { DeliveryMedium: "SMS" } });
    const client = new CognitoIdentityProviderClient({});
    expect(await startRecovery(client, "texter")).toBe("code sent by SMS");
    expect(await startRecovery(client, "mailer")).toBe("code sent by EMAIL");
    expect(cognito.commandCalls(ForgotPasswordCommand, { Username: "texter" })).toHaveLength(1);
  });

  it("forgets behaviours and calls on reset", async () => {
    cognito.on(ForgotPasswordCommand).resolves({ CodeDeliveryDetails: { DeliveryMedium: "EMAIL" } });
    await startRecovery(new CognitoIdentityProviderClient({}), "alice");
    cognito.reset();
    expect(cognito.calls()).toHaveLength(0);
    // A reset stub answers undefined, as aws-sdk-client-mock documents.
    expect(await new CognitoIdentityProviderClient({}).send(new ForgotPasswordCommand({ ClientId: "c", Username: "u" }))).toBeUndefined();
  });

  // Last: after restore, the class's send is lithe's again.
  it("puts the real send back on restore", async () => {
    const stubbed = CognitoIdentityProviderClient.prototype.send;
    cognito.restore();
    expect(CognitoIdentityProviderClient.prototype.send).not.toBe(stubbed);
    // The real send validates before sending, naming the bad members: nothing is mocked any more.
    const error = await new CognitoIdentityProviderClient({ region: "us-east-1" })
      .send(new ForgotPasswordCommand({ ClientId: "", Username: "" }))
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/ClientId[\s\S]*Username/);
    expect(cognito.calls()).toHaveLength(0);
  });
});
