import type { AddedMiddleware } from "./addedMiddlewareOrder.js";
import type { AnyMiddleware } from "./middlewareOrder.js";

/**
 * Browser builds leave the order to the stack (`middlewareOrder`, which every page carries anyway):
 * working it out from how the defaults were added saves ~0.4 ms once per page, and would cost every
 * page ~430 B of gzip (measured with `npm run size`), the trade the Node build makes the other way.
 */
export const addedMiddlewareOrder = (_added: readonly AddedMiddleware[]): AnyMiddleware[] | undefined => undefined;
