// Memory, with --expose-gc: heap used after <calls> ForgotPassword calls (canned handler, after gc),
// and the heap one client keeps alive: (heap with 1,000 more clients − heap before) / 1,000, after gc,
// both for new clients and for clients that have each sent one call (their resolved handler cached).
// argv: <lithe|official> <calls> <clients>. Prints sizes in bytes.
import { cannedHandler } from "../lib/cannedHandler.mjs";
import { credentials, freshInput, region, sdks } from "../lib/fixtures.mjs";

const [sdk, callsArg, clientsArg] = process.argv.slice(2);
const calls = Number(callsArg);
const count = Number(clientsArg);
if (typeof gc !== "function") throw new Error("run with --expose-gc");
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const beforeImport = heap();
const { CognitoIdentityProviderClient, ForgotPasswordCommand } = await import(sdks[sdk].specifier);
const afterImport = heap();
const requestHandler = cannedHandler();
const client = new CognitoIdentityProviderClient({ region, credentials, requestHandler });
for (let i = 0; i < calls; i++) await client.send(new ForgotPasswordCommand(freshInput()));
const afterCalls = heap();

const clients = [];
let base = heap();
for (let i = 0; i < count; i++) clients.push(new CognitoIdentityProviderClient({ region, credentials, requestHandler }));
const perClient = (heap() - base) / count;
base = heap();
for (const each of clients) await each.send(new ForgotPasswordCommand(freshInput()));
const perUsedClient = perClient + (heap() - base) / count;

console.log(
  JSON.stringify({
    heapAfterCalls: afterCalls,
    heapOfImport: afterImport - beforeImport,
    heapGrowthFromCalls: afterCalls - afterImport,
    retainedPerClient: perClient,
    retainedPerUsedClient: perUsedClient,
    clientsKept: clients.length,
  }),
);
