type LegacySignal = { aborted: boolean; onabort: ((...args: any[]) => unknown) | null };

/**
 * Calls `listener` once when `signal` aborts; returns the function that stops listening. Accepts the
 * DOM AbortSignal and Smithy's older `{ aborted, onabort }` shape (only the former can be shared by
 * concurrent calls). Callers must stop listening when they settle, so shared signals collect nothing.
 */
export const onAbort = (signal: AbortSignal, listener: () => void): (() => void) => {
  if (signal.addEventListener) {
    signal.addEventListener("abort", listener, { once: true });
    return () => signal.removeEventListener("abort", listener);
  }
  const legacy = signal as unknown as LegacySignal;
  legacy.onabort = listener;
  return () => {
    if (legacy.onabort === listener) legacy.onabort = null;
  };
};
