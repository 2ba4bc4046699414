const which = process.argv[2];
const N = +process.argv[3] || 20000;
const body = Buffer.from(JSON.stringify({ CodeDeliveryDetails: { Destination: "a***@e***.com", DeliveryMedium: "EMAIL", AttributeName: "email" } }));
let mod;
if (which === "lithe") mod = await import("@lithe/client-cognito-identity-provider");
else mod = await import("@aws-sdk/client-cognito-identity-provider");
const { HttpResponse } = await import("@smithy/protocol-http");
const requestHandler = { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "0f6c1c64-1a3c-4d5a-9d3b-3c2f2c1d0e9a" }, body: new Uint8Array(body) }) }) };
const client = new mod.CognitoIdentityProviderClient({ region: "us-east-1", requestHandler, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "x" } });
const input = { ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" };
const out = await client.send(new mod.ForgotPasswordCommand(input));
console.log(JSON.stringify(out));
for (let i = 0; i < 2000; i++) await client.send(new mod.ForgotPasswordCommand(input));
for (let r = 0; r < 3; r++) {
const t = performance.now();
for (let i = 0; i < N; i++) await client.send(new mod.ForgotPasswordCommand(input));
console.log(which, ((performance.now() - t) * 1000 / N).toFixed(2), "µs/call");
}
