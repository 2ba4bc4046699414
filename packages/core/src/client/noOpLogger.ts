import type { Logger } from "@smithy/types";

const noop = (): void => {};

/** The default logger. Middleware compare against it to skip building log records nobody reads. */
export const noOpLogger: Logger = Object.freeze({ trace: noop, debug: noop, info: noop, warn: noop, error: noop });
