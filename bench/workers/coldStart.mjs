// Cold start, in a fresh process: from just before import() of the client package to the end of its
// first completed ForgotPassword call to the loopback server. Node's own boot is before t0.
// argv: <lithe|official|core|raw> <port>. `core` only imports @lithe/core; `raw` imports node:http
// and sends the same request bytes once (the floor: what any client has to pay).
// Prints {"importMs","firstCallMs","totalMs"}.
const t0 = performance.now();
const [sdk, port] = process.argv.slice(2);
const specifiers = {
  lithe: "@lithe/client-cognito-identity-provider",
  official: "@aws-sdk/client-cognito-identity-provider",
  core: "@lithe/core",
  raw: "node:http",
};
// Literals below, not fixtures.mjs: importing a shared module here would add its cost to the times.
const input = { ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" };
const mod = await import(specifiers[sdk]);
const imported = performance.now();

const rawCall = () =>
  new Promise((resolve, reject) => {
    const body = JSON.stringify(input);
    const headers = {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.ForgotPassword",
      "content-length": String(body.length),
    };
    const agent = new mod.Agent({ keepAlive: true });
    const req = mod.request({ agent, host: "127.0.0.1", port, method: "POST", path: "/", headers }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        agent.destroy();
        resolve(JSON.parse(Buffer.concat(chunks).toString()));
      });
    });
    req.on("error", reject);
    req.end(body);
  });

let output;
if (sdk === "raw") {
  output = await rawCall();
} else if (sdk !== "core") {
  const client = new mod.CognitoIdentityProviderClient({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret-key" },
  });
  output = await client.send(new mod.ForgotPasswordCommand(input));
  client.destroy();
}
const done = performance.now();
if (sdk !== "core" && output?.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(output)}`);
console.log(JSON.stringify({ importMs: imported - t0, firstCallMs: done - imported, totalMs: done - t0 }));
