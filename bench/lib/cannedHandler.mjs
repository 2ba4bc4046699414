import { HttpResponse } from "@smithy/protocol-http";
import { responseBody, responseHeaders } from "./fixtures.mjs";

/**
 * A request handler that answers every request from memory: what is left of a call is the client's
 * own work. Each response gets a fresh Uint8Array body (both clients' body collectors accept one,
 * and neither may assume it can keep or reuse a previous call's bytes) and fresh headers.
 */
export const cannedHandler = () => ({
  handle: () =>
    Promise.resolve({
      response: new HttpResponse({ statusCode: 200, headers: responseHeaders(), body: new Uint8Array(responseBody) }),
    }),
});
