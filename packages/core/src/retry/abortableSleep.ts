import { AbortError } from "../http/transportErrors.js";
import { onAbort } from "../utils/onAbort.js";

/** Waits `ms`, or rejects with AbortError as soon as the signal fires; leaves no timer or listener behind. */
export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> => {
  if (signal?.aborted) return Promise.reject(new AbortError("The call was aborted", { cause: signal.reason }));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const stopListening =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(new AbortError("The call was aborted while waiting to retry", { cause: signal.reason }));
      });
    const timer = setTimeout(() => {
      stopListening?.();
      resolve();
    }, ms);
  });
};
