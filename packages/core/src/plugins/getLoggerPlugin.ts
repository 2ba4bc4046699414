import type { AbsoluteLocation, InitializeHandlerOptions, InitializeMiddleware, Pluggable } from "@smithy/types";
import { noOpLogger } from "../client/noOpLogger.js";
import { loadFilterSensitiveLog } from "../schema/loadFilterSensitiveLog.js";
import type { logCall as logCallNow } from "./logCall.js";

let logCall: typeof logCallNow | undefined;
// The record building and the sensitive-log filter, loaded together on the first call that logs.
const loadLogCall = (): Promise<typeof logCallNow> =>
  Promise.all([import("./logCall.js"), loadFilterSensitiveLog()]).then(([module]) => (logCall = module.logCall));

/**
 * Logs each call through the client's `logger` (what a record holds: `logCall`). With the default
 * logger, which reads nothing, it steps aside, and neither the records nor the sensitive-log
 * filter are loaded; with a logger, they are loaded before the first call goes on.
 */
export const loggerMiddleware: InitializeMiddleware<any, any> = (next, context) => {
  const logger = context.logger;
  // Building records nobody reads would cost every call; the default logger reads nothing.
  if (!logger || logger === noOpLogger) return next;
  // A log record is never worth a failed call: if the code cannot be loaded (a chunk the network
  // lost), this call goes on unlogged and a later call tries the load again.
  return (args) =>
    logCall ? logCall(logger, context, next, args) : loadLogCall().then((log) => log(logger, context, next, args), () => next(args));
};

export const loggerMiddlewareOptions: InitializeHandlerOptions & AbsoluteLocation = {
  name: "loggerMiddleware",
  step: "initialize",
  priority: "high",
  tags: ["LOGGER"],
  override: true,
};

export const getLoggerPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(loggerMiddleware, loggerMiddlewareOptions),
});
