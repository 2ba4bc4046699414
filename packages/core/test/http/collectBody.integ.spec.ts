import { get } from "node:http";
import type { IncomingMessage } from "node:http";
import { NodeHttpHandler as SmithyNodeHttpHandler } from "@smithy/node-http-handler";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectBody } from "../../src/http/collectBody.js";
import { startScriptedServer, type ScriptedServer } from "../support/scriptedServer.js";
import { NodeHttpHandler } from "../../src/http/NodeHttpHandler.js";
import { requestTo, waitFor } from "./httpTestKit.js";

// The bodies third-party handlers hand back: Smithy's Node handler returns the IncomingMessage,
// its fetch handler returns Response.body.
const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0x61);

let server: ScriptedServer;

beforeEach(async () => {
  server = await startScriptedServer();
  server.fallback = { status: 200, headers: { connection: "close" }, body: big };
});

afterEach(async () => {
  const drained = await waitFor(() => server.openUsedSockets() === 0);
  await server.close();
  expect(drained).toBe(true);
});

describe("collectBody on streamed response bodies", () => {
  it("reads a node:http IncomingMessage arriving in many chunks", async () => {
    const res = await new Promise<IncomingMessage>((resolve, reject) => get(server.url, resolve).on("error", reject));
    const bytes = await collectBody(res);
    expect(bytes.length).toBe(big.length);
    expect(Buffer.compare(Buffer.from(bytes), big)).toBe(0);
  });

  it("reads a fetch Response body stream", async () => {
    const res = await fetch(server.url);
    const bytes = await collectBody(res.body);
    expect(bytes.length).toBe(big.length);
    expect(Buffer.compare(Buffer.from(bytes), big)).toBe(0);
  });

  it("gives the same status, headers and bytes for @smithy/node-http-handler's streamed response as for ours", async () => {
    const headers = { connection: "close", "x-amzn-requestid": "r-1", "content-type": "application/x-amz-json-1.1" };
    server.script({ status: 200, headers, body: big }, { status: 200, headers, body: big });
    // The AWS SDK v3 handler from the official client (a dev dependency, here only as a reference).
    const smithy = new SmithyNodeHttpHandler();
    const ours = new NodeHttpHandler();
    try {
      const theirs = (await smithy.handle(requestTo(server))).response;
      const mine = (await ours.handle(requestTo(server))).response;
      expect(mine.statusCode).toBe(theirs.statusCode);
      expect(mine.headers["x-amzn-requestid"]).toBe(theirs.headers["x-amzn-requestid"]);
      expect(mine.headers["content-type"]).toBe(theirs.headers["content-type"]);
      expect(Buffer.compare(Buffer.from(await collectBody(theirs.body)), Buffer.from(await collectBody(mine.body)))).toBe(0);
    } finally {
      smithy.destroy();
      ours.destroy();
    }
  });
});
