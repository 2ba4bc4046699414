import type { HandlerExecutionContext } from "@smithy/types";
import { filterSensitiveLogOnceLoaded as filterSensitiveLog } from "../schema/loadFilterSensitiveLog.js";
import type { OperationSchema } from "../schema/types.js";
import type { ResolvedClientConfig } from "./types.js";

/**
 * Returns a function that makes a fresh HandlerExecutionContext for one call of `operation`, as the
 * AWS SDK does: middleware may keep per-call state on it. What is the same for every call (names,
 * the sensitive-log filters, the schemas) is worked out here, once per operation and client; a call
 * pays for one object literal of a fixed shape. The filters walk the schemas only once the filter is
 * loaded (`loadFilterSensitiveLog`), which the client and the logger middleware see to before a call
 * that may log.
 */
export const operationContext = (config: ResolvedClientConfig, operation: OperationSchema): (() => HandlerExecutionContext) => {
  const { logger, service } = config;
  const clientName = service.clientName;
  const commandName = `${operation.name}Command`;
  const inputFilterSensitiveLog = (input: any) => filterSensitiveLog(operation.input, input);
  const outputFilterSensitiveLog = (output: any) => filterSensitiveLog(operation.output, output);
  const targetPrefix = service.targetPrefix;
  const operationName = operation.name;
  return () =>
    ({
      logger,
      clientName,
      commandName,
      inputFilterSensitiveLog,
      outputFilterSensitiveLog,
      operation,
      service,
      // Set by the endpoint middleware on every call; declared here so the object keeps one shape.
      endpointV2: undefined,
      // "__smithy_context" is @smithy/types SMITHY_CONTEXT_KEY, inlined to keep @smithy/types type-only.
      // Its own object per call too: Smithy middleware writes per-call state into it.
      __smithy_context: { service: targetPrefix, operation: operationName },
    }) as HandlerExecutionContext;
};
