import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipBytes as browserGzip } from "./gzipBytes.browser.js";
import { gzipBytes as nodeGzip } from "./gzipBytes.node.js";

// Node has CompressionStream too, so the browser twin runs here as well as the Node one.
describe("gzipBytes", () => {
  it("gives gzip that decompresses to the input, in both twins", async () => {
    const input = new TextEncoder().encode(JSON.stringify({ data: "é".repeat(5000) }));
    for (const gzip of [browserGzip, nodeGzip]) {
      const out = await gzip(input);
      expect(out).toBeInstanceOf(Uint8Array);
      expect([out[0], out[1]]).toEqual([0x1f, 0x8b]); // the gzip magic number
      expect(out.byteLength).toBeLessThan(input.byteLength);
      expect(new Uint8Array(gunzipSync(out))).toEqual(input);
    }
  });
});
