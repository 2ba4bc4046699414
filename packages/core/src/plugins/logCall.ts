import type { HandlerExecutionContext, InitializeHandler, InitializeHandlerArguments, Logger } from "@smithy/types";

/**
 * One call through the logger middleware: one log record per call, as a single object (pino and
 * other structured loggers read only the first argument). Input and output go through the
 * context's sensitive-log filters, so @sensitive members (and ClientMetadata values) are always
 * `***SensitiveInformation***`. Client faults log at warn (the caller can act on them, or asked for
 * them: validation errors and aborts); everything else that fails at error. A logger that throws
 * never fails the call. Loaded with the first call of a client that has a logger.
 */
export const logCall = async (logger: Logger, context: HandlerExecutionContext, next: InitializeHandler<any, any>, args: InitializeHandlerArguments<any>) => {
  const { clientName, commandName, inputFilterSensitiveLog, outputFilterSensitiveLog } = context;
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

const isCallerSide = (error: any): boolean =>
  error?.$fault === "client" || error?.name === "ValidationError" || error?.name === "AbortError";

const log = (logger: Logger, level: "info" | "warn" | "error", record: () => object): void => {
  try {
    logger[level]?.(record());
  } catch {
    // Logging is best effort: a broken logger must not turn a finished call into a failure.
  }
};
