import { it, expect } from "vitest";
import { CognitoIdentityProviderClient, ForgotPasswordCommand } from "@lithe/client-cognito-identity-provider";
import { startScriptedServer } from "../../../core/test/support/scriptedServer.js";

it("smoke", async () => {
  const server = await startScriptedServer();
  server.script({ status: 503, body: "" }, { status: 200, headers: { "x-amzn-requestid": "r1" }, body: '{"CodeDeliveryDetails":{"Destination":"a***@e.com"}}' });
  const client = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint: server.url, logger: { debug: console.log, info: console.log, warn: console.log, error: console.log } as any });
  const out = await client.send(new ForgotPasswordCommand({ ClientId: "abc", Username: "alice" }));
  console.log(out, server.requests.map((r) => r.headers));
  server.script({ kind: "raw", data: "HTTP/1.1 200 OK\r\nContent-Ty", then: "end" }, { kind: "raw", data: "HTTP/1.1 200 OK\r\nContent-Ty", then: "end" }, { kind: "raw", data: "HTTP/1.1 200 OK\r\nContent-Ty", then: "end" });
  const e = await client.send(new ForgotPasswordCommand({ ClientId: "abc", Username: "alice" })).catch((e) => e);
  console.log(e, e.$metadata);
  client.destroy();
  await server.close();
});
