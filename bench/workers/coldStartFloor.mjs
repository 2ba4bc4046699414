// The cold-start floor: what any client has to pay for one ForgotPassword call in a fresh process,
// i.e. Node's boot, importing node:http and sending the same request bytes by hand over one socket.
// Run like coldStart.mjs (copied into the temporary app, argv: <port>); prints the same fields.
import { Agent, request } from "node:http";

const importedMs = performance.now();
const body = JSON.stringify({ ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" });
const headers = {
  "content-type": "application/x-amz-json-1.1",
  "x-amz-target": "AWSCognitoIdentityProviderService.ForgotPassword",
  "content-length": String(Buffer.byteLength(body)),
};
const agent = new Agent({ keepAlive: true });
const output = await new Promise((resolve, reject) => {
  const req = request({ agent, host: "127.0.0.1", port: process.argv[2], method: "POST", path: "/", headers }, (res) => {
    const chunks = [];
    res.on("data", (chunk) => chunks.push(chunk));
    res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
    res.on("error", reject);
  });
  req.on("error", reject);
  req.end(body);
});
const doneMs = performance.now();
const { user, system } = process.cpuUsage();
agent.destroy();
if (output?.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(output)}`);
console.log(JSON.stringify({ importedMs, doneMs, cpuMs: (user + system) / 1000 }));
