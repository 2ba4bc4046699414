const N = 30000;
const body = Buffer.from(JSON.stringify({ CodeDeliveryDetails: { Destination: "a***@e***.com", DeliveryMedium: "EMAIL", AttributeName: "email" } }));
const mod = await import("@lithe/client-cognito-identity-provider");
const { HttpResponse } = await import("@smithy/protocol-http");
const requestHandler = { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "0f6c1c64" }, body: new Uint8Array(body) }) }) };
const input = { ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" };
async function run(remove) {
  const client = new mod.CognitoIdentityProviderClient({ region: "us-east-1", requestHandler });
  for (const r of remove) if (!client.middlewareStack.remove(r)) throw new Error(r);
  if (remove.includes("deserializerMiddleware")) client.middlewareStack.add((next) => async (a) => ({ ...(await next(a)), output: { $metadata: {} } }), { step: "deserialize", name: "fake" });
  for (let i = 0; i < 3000; i++) await client.send(new mod.ForgotPasswordCommand(input));
  const res = [];
  for (let r = 0; r < 5; r++) { const t = performance.now(); for (let i = 0; i < N; i++) await client.send(new mod.ForgotPasswordCommand(input)); res.push((performance.now() - t) * 1000 / N); }
  res.sort((a, b) => a - b); return res[2];
}
const names = ["loggerMiddleware","validateInputMiddleware","secretHashMiddleware","contentLengthMiddleware","getUserAgentMiddleware","invocationIdMiddleware","recursionDetectionMiddleware","retryMiddleware","httpSigningMiddleware","requestIdMiddleware","deserializerMiddleware"];
const base = await run([]);
console.log("all", base.toFixed(2));
for (const n of names) { const t = await run([n]); console.log(n.padEnd(32), t.toFixed(2), (base - t).toFixed(2)); }
console.log("only serializer+endpoint", (await run(names)).toFixed(2));
