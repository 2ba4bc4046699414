// The inputs every benchmark shares, so lithe and the official client do exactly the same work.

/** ForgotPassword input: what a password-recovery page sends. */
export const input = Object.freeze({ ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" });

/** A new input object per call, as an app builds one (`{ ClientId, Username }`) for every command. */
export const freshInput = () => ({ ClientId: input.ClientId, Username: input.Username });

/** The ForgotPassword answer, as Cognito sends it. */
export const responseBody = Buffer.from(
  JSON.stringify({ CodeDeliveryDetails: { Destination: "a***@e***.com", DeliveryMedium: "EMAIL", AttributeName: "email" } }),
);

export const responseHeaders = () => ({
  "content-type": "application/x-amz-json-1.1",
  "x-amzn-requestid": "0f6c1c64-1a3c-4d5a-9d3b-3c2f2c1d0e9a",
  "content-length": String(responseBody.length),
});

/** Static keys: ForgotPassword is unsigned, but neither client should go looking for credentials. */
export const credentials = Object.freeze({ accessKeyId: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret-key" });

export const region = "us-east-1";

/** The two clients, imported the way a user imports them (the lithe package resolves to dist/). */
export const sdks = {
  lithe: { label: "lithe", specifier: "@lithe/client-cognito-identity-provider" },
  official: { label: "@aws-sdk", specifier: "@aws-sdk/client-cognito-identity-provider" },
};
