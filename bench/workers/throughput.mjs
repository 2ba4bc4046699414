// Loopback throughput: <concurrency> loops of sequential ForgotPassword calls against the loopback
// server for <duration> ms, after <warm-up> ms of the same. `raw` sends the same bytes with bare
// node:http keep-alive requests: the ceiling.
// argv: <raw|lithe|official> <port> <concurrency> <duration ms> <warm-up ms>.
// Prints {"callsPerSecond","cpuUsPerCall","calls"}.
import { credentials, freshInput, region, sdks } from "../lib/fixtures.mjs";
import { rawCall } from "../lib/rawCall.mjs";

const [sdk, port, concurrencyArg, durationArg, warmupArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const endpoint = `http://127.0.0.1:${port}`;

let call;
let close = () => {};
if (sdk === "raw") {
  const raw = await rawCall(endpoint);
  call = raw.call;
  close = raw.close;
} else {
  const { CognitoIdentityProviderClient, ForgotPasswordCommand } = await import(sdks[sdk].specifier);
  const client = new CognitoIdentityProviderClient({ region, credentials, endpoint });
  call = () => client.send(new ForgotPasswordCommand(freshInput()));
  close = () => client.destroy();
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

await runFor(Number(warmupArg));
const cpu = process.cpuUsage();
const started = performance.now();
const calls = await runFor(Number(durationArg));
const elapsed = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
close();
console.log(JSON.stringify({ callsPerSecond: (calls * 1000) / elapsed, cpuUsPerCall: (user + system) / calls, calls }));
