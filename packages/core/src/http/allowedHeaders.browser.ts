import type { HeaderBag } from "@smithy/types";

/**
 * The browser twin of allowedHeaders.ts: a browser's fetch drops forbidden request headers itself
 * (the Headers guard "request": https://fetch.spec.whatwg.org/#concept-headers-append), so the
 * request's headers go as they are.
 */
export const allowedHeaders = (headers: HeaderBag): HeaderBag => headers;
