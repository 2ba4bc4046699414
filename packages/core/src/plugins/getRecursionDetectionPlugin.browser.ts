import type { Pluggable } from "@smithy/types";

/**
 * Never in browsers: there is no Lambda environment, and an extra header would force a CORS
 * preflight the service may refuse.
 */
export const getRecursionDetectionPlugin = (): Pluggable<any, any> => ({ applyToStack: () => {} });
