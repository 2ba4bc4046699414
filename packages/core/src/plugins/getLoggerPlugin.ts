import type { AbsoluteLocation, InitializeHandlerOptions, InitializeMiddleware, Pluggable } from "@smithy/types";
import { noOpLogger } from "../client/noOpLogger.js";

/**
 * One log record per call, as a single object (pino and other structured loggers read only the
 * first argument). Input and output go through the generated sensitive-log filters, so @sensitive
 * members (and ClientMetadata values) are always `***SensitiveInformation***`.
 * Client faults log at warn (the caller can act on them); everything else that fails at error.
 */
export const loggerMiddleware: InitializeMiddleware<any, any> = (next, context) => {
  const logger = context.logger;
  // Building records nobody reads would cost every call; the default logger reads nothing.
  if (!logger || logger === noOpLogger) return next;
  const { clientName, commandName, inputFilterSensitiveLog, outputFilterSensitiveLog } = context;
  return async (args) => {
    try {
      const result = await next(args);
      const { $metadata, ...output } = result.output as any;
      logger.info({
        clientName,
        commandName,
        input: inputFilterSensitiveLog(args.input),
        output: outputFilterSensitiveLog(output),
        metadata: $metadata,
      });
      return result;
    } catch (error: any) {
      const record = {
        clientName,
        commandName,
        input: inputFilterSensitiveLog(args.input),
        error: { name: error?.name, message: error?.message, $fault: error?.$fault },
        metadata: error?.$metadata,
      };
      if (error?.$fault === "client" || error?.name === "ValidationError") logger.warn(record);
      else logger.error(record);
      throw error;
    }
  };
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
