import { get } from "node:http";
import type { IncomingMessage } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectBody } from "../../src/http/collectBody.js";
import { startScriptedServer, type ScriptedServer } from "../support/scriptedServer.js";
import { waitFor } from "./httpTestKit.js";

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
});
