// Per-call overhead: sequential ForgotPassword calls through a handler that answers from memory.
// argv: <lithe|official> <warm-up calls>. Then each stdin line "<n>" runs n calls and prints
// {"calls","ms","cpuUs"}.
import { cannedHandler } from "../lib/cannedHandler.mjs";
import { credentials, freshInput, region, sdks } from "../lib/fixtures.mjs";
import { measure, serveSlices } from "./slices.mjs";

const [sdk, warmup] = process.argv.slice(2);
const { CognitoIdentityProviderClient, ForgotPasswordCommand } = await import(sdks[sdk].specifier);
// Retries at their default, no logger: each client as a user would create it.
const client = new CognitoIdentityProviderClient({ region, credentials, requestHandler: cannedHandler() });

const first = await client.send(new ForgotPasswordCommand(freshInput()));
if (first.CodeDeliveryDetails?.DeliveryMedium !== "EMAIL") throw new Error(`unexpected output ${JSON.stringify(first)}`);
for (let i = 0; i < Number(warmup); i++) await client.send(new ForgotPasswordCommand(freshInput()));

await serveSlices({ sdk }, (line) =>
  measure(async () => {
    const calls = Number(line);
    for (let i = 0; i < calls; i++) await client.send(new ForgotPasswordCommand(freshInput()));
    return calls;
  }),
);
