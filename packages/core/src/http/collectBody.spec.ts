import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { collectBody as browserCollectBody } from "./collectBody.browser.js";
import { collectBody as nodeCollectBody } from "./collectBody.js";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// The browser twin runs here on Node's WHATWG Blob/ReadableStream/Response, the same APIs browsers have.
describe.each([
  ["collectBody", nodeCollectBody],
  ["collectBody (browser twin)", browserCollectBody],
])("%s", (_name, collectBody) => {
  it("reads undefined and null as no bytes", async () => {
    expect(await collectBody(undefined)).toEqual(new Uint8Array(0));
    expect(await collectBody(null)).toEqual(new Uint8Array(0));
  });

  it("encodes strings as UTF-8", async () => {
    expect([...(await collectBody("é€"))]).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac]);
  });

  it("returns a Uint8Array as is and reads ArrayBuffers and views without the wrong range", async () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    expect(await collectBody(bytes)).toBe(bytes);
    expect([...(await collectBody(bytes.buffer))]).toEqual([1, 2, 3, 4, 5]);
    expect([...(await collectBody(new DataView(bytes.buffer, 1, 3)))]).toEqual([2, 3, 4]);
  });

  it("reads a Blob and a web ReadableStream of chunks", async () => {
    expect(text(await collectBody(new Blob(["hello ", "blob"])))).toBe("hello blob");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.enqueue(new TextEncoder().encode("1}"));
        controller.close();
      },
    });
    expect(text(await collectBody(stream))).toBe('{"a":1}');
  });

  it("uses transformToByteArray on AWS SDK stream bodies", async () => {
    const body = { transformToByteArray: async () => new Uint8Array([42]) };
    expect([...(await collectBody(body))]).toEqual([42]);
  });

  it("rejects what it cannot read", async () => {
    await expect(collectBody(42)).rejects.toThrow(TypeError);
  });
});

describe("collectBody (Node streams)", () => {
  it("reads a Node Readable in binary and in string mode", async () => {
    expect(text(await nodeCollectBody(Readable.from([Buffer.from("ab"), Buffer.from("cd")])))).toBe("abcd");
    expect(text(await nodeCollectBody(Readable.from(["é", "€"], { objectMode: true })))).toBe("é€");
  });

  it("reads any async iterable of chunks", async () => {
    async function* chunks() {
      yield "x";
      yield new Uint8Array([0x79]);
      yield new Uint8Array([0x7a]).buffer;
    }
    expect(text(await nodeCollectBody(chunks()))).toBe("xyz");
  });

  it("rejects a stream of things that are not bytes", async () => {
    await expect(nodeCollectBody(Readable.from([{ not: "bytes" }]))).rejects.toThrow(TypeError);
  });
});
