// Cold start of one ForgotPassword call, as a user's Node app or Lambda pays it. Not run from here:
// bench/lib/coldStartApps.mjs copies it into a temporary app where the client package is installed
// from its tarball, with CLIENT_PACKAGE replaced by the package's name, and runs it there as is
// (imported from node_modules) and bundled with esbuild. argv: <port>.
// Prints {"importedMs","doneMs","cpuMs"}: performance.now() (milliseconds since the process started)
// when the static imports have been loaded and evaluated and when the first call has completed, and
// the process's CPU time (user + system, all threads) at that point, which load elsewhere on the
// machine disturbs far less than the wall-clock times.
// Literals only, no shared fixtures module: importing one would add its cost to the times.
import { CognitoIdentityProviderClient, ForgotPasswordCommand } from "CLIENT_PACKAGE";

const importedMs = performance.now();
const client = new CognitoIdentityProviderClient({
  region: "us-east-1",
  endpoint: `http://127.0.0.1:${process.argv[2]}`,
  credentials: { accessKeyId: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret-key" },
});
const output = await client.send(new ForgotPasswordCommand({ ClientId: "4example5clientid6abc7defg", Username: "alice@example.com" }));
const doneMs = performance.now();
const { user, system } = process.cpuUsage();
client.destroy();
if (output?.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(output)}`);
console.log(JSON.stringify({ importedMs, doneMs, cpuMs: (user + system) / 1000 }));
