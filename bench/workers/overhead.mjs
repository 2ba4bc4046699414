// Per-call overhead: sequential ForgotPassword calls through a handler that answers from memory.
// argv: <lithe|official> <calls> <warm-up calls>. Prints {"usPerCall","cpuUsPerCall"}.
import { cannedHandler } from "../lib/cannedHandler.mjs";
import { credentials, freshInput, region, sdks } from "../lib/fixtures.mjs";

const [sdk, callsArg, warmupArg] = process.argv.slice(2);
const calls = Number(callsArg);
const warmup = Number(warmupArg);
const { CognitoIdentityProviderClient, ForgotPasswordCommand } = await import(sdks[sdk].specifier);
// Retries at their default, no logger: each client as a user would create it.
const client = new CognitoIdentityProviderClient({ region, credentials, requestHandler: cannedHandler() });

const first = await client.send(new ForgotPasswordCommand(freshInput()));
if (first.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(first)}`);
for (let i = 0; i < warmup; i++) await client.send(new ForgotPasswordCommand(freshInput()));

const cpu = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < calls; i++) await client.send(new ForgotPasswordCommand(freshInput()));
const elapsed = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ usPerCall: (elapsed * 1000) / calls, cpuUsPerCall: (user + system) / calls }));
