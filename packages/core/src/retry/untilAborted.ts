import { AbortError } from "../http/transportErrors.js";
import { onAbort } from "../utils/onAbort.js";

/**
 * `promise`, or an AbortError as soon as `signal` fires, whichever comes first. The abort listener
 * is removed when `promise` settles, so a signal shared by many calls collects no listeners.
 * A rejection of `promise` after the abort is swallowed (the caller has already been answered).
 */
export const untilAborted = <T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    promise.catch(noop);
    return Promise.reject(AbortError.fromSignal(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const stopListening = onAbort(signal, () => reject(AbortError.fromSignal(signal)));
    promise.then(
      (value) => {
        stopListening();
        resolve(value);
      },
      (error: unknown) => {
        stopListening();
        reject(error);
      },
    );
  });
};

const noop = (): void => {};
