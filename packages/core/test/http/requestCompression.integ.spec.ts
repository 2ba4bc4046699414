import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Client } from "../../src/client/Client.js";
import { Command } from "../../src/client/Command.js";
import { FetchHttpHandler } from "../../src/http/FetchHttpHandler.js";
import { NodeHttpHandler } from "../../src/http/NodeHttpHandler.js";
import { getCompressionPlugin } from "../../src/plugins/getCompressionPlugin.js";
import { CompressedPut$ } from "../support/compressedPut.js";
import { startScriptedServer, type ScriptedServer } from "../support/scriptedServer.js";
import { testService } from "../support/testService.js";
import { waitFor } from "./httpTestKit.js";

// A `@requestCompression` operation over real sockets: the server gets gzip it can inflate, with a
// Content-Length that counts the compressed bytes, from both HTTP handlers.
const CLOSE = { connection: "close" };

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
  server.fallback = { status: 200, headers: { ...CLOSE, "content-type": "application/x-amz-json-1.1" }, body: "{}" };
});
afterEach(async () => {
  await waitFor(() => server.openUsedSockets() === 0);
  await server.close();
});

describe("request compression on the wire", () => {
  for (const [name, handler] of [
    ["NodeHttpHandler", () => new NodeHttpHandler()],
    ["FetchHttpHandler", () => new FetchHttpHandler()],
  ] as const) {
    it(`sends a gzip body the server inflates to the JSON input (${name})`, async () => {
      const client = new Client({ endpoint: server.url, region: "us-east-1", requestHandler: handler() }, testService({ plugins: [getCompressionPlugin] }));
      const Data = "lithe ".repeat(3000);
      await client.send(new Command({ Data }, CompressedPut$) as any);

      const [request] = server.requests;
      expect(request!.headers["content-encoding"]).toBe("gzip");
      expect(Number(request!.headers["content-length"])).toBe(request!.body.byteLength);
      expect(request!.body.byteLength).toBeLessThan(Data.length / 10);
      expect(JSON.parse(gunzipSync(request!.body).toString("utf8"))).toEqual({ Data });
    });
  }
});
