// Cold start, in a fresh process: from just before import() of the client package to the end of its
// first completed ForgotPassword call to the loopback server. Node's own boot is before t0.
// argv: <lithe|official|core> <port>. `core` only imports @lithe/core.
// Prints {"importMs","firstCallMs","totalMs"}.
const t0 = performance.now();
const [sdk, port] = process.argv.slice(2);
const specifiers = {
  lithe: "@lithe/client-cognito-identity-provider",
  official: "@aws-sdk/client-cognito-identity-provider",
  core: "@lithe/core",
};
const mod = await import(specifiers[sdk]);
const imported = performance.now();
if (sdk === "core") {
  console.log(JSON.stringify({ importMs: imported - t0, firstCallMs: 0, totalMs: imported - t0 }));
} else {
  // Literals, not fixtures.mjs: importing a shared module here would add its cost to t0..imported.
  const client = new mod.CognitoIdentityProviderClient({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret-key" },
  });
  const output = await client.send(new mod.ForgotPasswordCommand({ ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" }));
  const done = performance.now();
  if (output.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(output)}`);
  client.destroy();
  console.log(JSON.stringify({ importMs: imported - t0, firstCallMs: done - imported, totalMs: done - t0 }));
}
