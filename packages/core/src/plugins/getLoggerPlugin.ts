import type { AbsoluteLocation, InitializeHandlerOptions, InitializeMiddleware, Logger, Pluggable } from "@smithy/types";
import { noOpLogger } from "../client/noOpLogger.js";

/**
 * One log record per call, as a single object (pino and other structured loggers read only the
 * first argument). Input and output go through the generated sensitive-log filters, so @sensitive
 * members (and ClientMetadata values) are always `***SensitiveInformation***`.
 * Client faults log at warn (the caller can act on them, or asked for them: validation errors and
 * aborts); everything else that fails at error. A logger that throws never fails the call.
 */
export const loggerMiddleware: InitializeMiddleware<any, any> = (next, context) => {
  const logger = context.logger;
  // Building records nobody reads would cost every call; the default logger reads nothing.
  if (!logger || logger === noOpLogger) return next;
  const { clientName, commandName, inputFilterSensitiveLog, outputFilterSensitiveLog } = context;
  return async (args) => {
    let result;
    try {
      result = await next(args);
    } catch (error: any) {
      log(logger, isCallerSide(error) ? "warn" : "error", () => ({
        clientName,
        commandName,
        input: inputFilterSensitiveLog(args.input),
        error: { name: error?.name, message: error?.message, $fault: error?.$fault },
        metadata: error?.$metadata,
      }));
      throw error;
    }
    log(logger, "info", () => {
      const { $metadata, ...output } = (result.output ?? {}) as any;
      return { clientName, commandName, input: inputFilterSensitiveLog(args.input), output: outputFilterSensitiveLog(output), metadata: $metadata };
    });
    return result;
  };
};

const isCallerSide = (error: any): boolean =>
  error?.$fault === "client" || error?.name === "ValidationError" || error?.name === "AbortError";

const log = (logger: Logger, level: "info" | "warn" | "error", record: () => object): void => {
  try {
    logger[level]?.(record());
  } catch {
    // Logging is best effort: a broken logger must not turn a finished call into a failure.
  }
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
