import { AdminGetUserCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { signRequest } from "../../src/auth/signRequest.js";

/** Captures the request the official client would send, signed, without sending it. */
const officialSignedRequest = async (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => {
  let captured: HttpRequest | undefined;
  const client = new CognitoIdentityProviderClient({
    region: "eu-west-1",
    credentials,
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        captured = request;
        throw new Error("captured");
      },
    } as any,
  });
  await client.send(new AdminGetUserCommand({ UserPoolId: "eu-west-1_AbCdEfGhI", Username: "zoë+tests@example.com" })).catch(() => {});
  return captured!;
};

const fromAmzDate = (amzDate: string) =>
  new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));

describe("signRequest against the official Cognito client", () => {
  for (const sessionToken of [undefined, "FwoGZXIvYXdzEJr//////////wEaDO+session/token=="]) {
    it(`produces the official client's Authorization header${sessionToken ? " with a session token" : ""}`, async () => {
      const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ...(sessionToken ? { sessionToken } : {}) };
      const official = await officialSignedRequest(credentials);
      const unsigned = HttpRequest.clone(official);
      for (const name of ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]) delete unsigned.headers[name];

      // The official client (3.1169) sends X-Amz-Content-Sha256 for cognito-idp too: SignatureV4's applyChecksum default.
      expect(official.headers["x-amz-content-sha256"]).toBeDefined();
      const ours = await signRequest(unsigned, {
        credentials,
        region: "eu-west-1",
        service: "cognito-idp",
        signingDate: fromAmzDate(official.headers["x-amz-date"]!),
        applyChecksum: true,
      });
      expect(ours.headers["authorization"]).toBe(official.headers["authorization"]);
      expect(ours.headers).toEqual(official.headers);
    });
  }
});
