import { SENSITIVE_STRING, type filterSensitiveLog as filterNow } from "./filterSensitiveLog.js";

let filter: typeof filterNow | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the sensitive-log filter (the walker and its plans) once. Only logging reads it, so a client
 * without a `logger` (the default) never loads it: the logger middleware awaits this before its first
 * record, and the client before the first call through middleware it did not add itself (which may
 * read the context's `inputFilterSensitiveLog`). A failed load is tried again on the next call.
 */
export const loadFilterSensitiveLog = (): Promise<void> =>
  (loading ??= import("./filterSensitiveLog.js").then(
    (module) => {
      filter = module.filterSensitiveLog;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));

export const isFilterSensitiveLogLoaded = (): boolean => filter !== undefined;

/**
 * `filterSensitiveLog` once loaded. Called before (by code that did not wait for the load), it hides
 * any object as a whole: nothing secret can leak, and later calls are filtered member by member.
 */
export const filterSensitiveLogOnceLoaded: typeof filterNow = (schema, value) => {
  if (filter) return filter(schema, value);
  loadFilterSensitiveLog().catch(() => {});
  return typeof value === "object" && value !== null ? SENSITIVE_STRING : value;
};
