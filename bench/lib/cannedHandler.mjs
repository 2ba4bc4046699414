import { HttpResponse } from "@smithy/protocol-http";
import { responseBody, responseHeaders } from "./fixtures.mjs";

/**
 * A request handler that answers every request from memory: what is left of a call is the client's
 * own work. Each response gets fresh headers and a fresh copy of the body as a Buffer, which is what
 * Node's http module hands a real handler, and a Uint8Array, which both clients' body collectors
 * accept as is (the official one re-prototypes the object it gets, so it must not be shared).
 * `Buffer.from` copies from Node's pool in ~50 ns; `new Uint8Array(buffer)` would take ~330 ns,
 * charged to both clients alike but blurring the ratio.
 */
export const cannedHandler = () => ({
  handle: () =>
    Promise.resolve({
      response: new HttpResponse({ statusCode: 200, headers: responseHeaders(), body: Buffer.from(responseBody) }),
    }),
});
