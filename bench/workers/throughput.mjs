// Loopback throughput: <concurrency> loops of sequential ForgotPassword calls against the loopback
// server. `raw` sends the same bytes with bare node:http keep-alive requests: the ceiling.
// argv: <raw|lithe|official> <port> <concurrency> <warm-up ms>. Then each stdin line "<ms>" runs
// the loops for that long (calls in flight at the deadline finish and count) and prints
// {"calls","ms","cpuUs"}.
import { credentials, freshInput, region, sdks } from "../lib/fixtures.mjs";
import { rawCall } from "../lib/rawCall.mjs";
import { measure, serveSlices } from "./slices.mjs";

const [sdk, port, concurrencyArg, warmupMs] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const endpoint = `http://127.0.0.1:${port}`;

let call;
if (sdk === "raw") {
  call = (await rawCall(endpoint)).call;
} else {
  const { CognitoIdentityProviderClient, ForgotPasswordCommand } = await import(sdks[sdk].specifier);
  // The default request handler of each SDK: node:http with keep-alive, 50 sockets.
  const client = new CognitoIdentityProviderClient({ region, credentials, endpoint });
  call = () => client.send(new ForgotPasswordCommand(freshInput()));
  const first = await call();
  if (first.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(first)}`);
}

const runFor = async (ms) => {
  const deadline = performance.now() + ms;
  let calls = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      await call();
      calls++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return calls;
};

await runFor(Number(warmupMs));
await serveSlices({ sdk }, (line) => measure(() => runFor(Number(line))));
