import { untilAborted } from "./untilAborted.js";

/** Waits `ms`, or rejects with AbortError as soon as the signal fires; leaves no timer or listener behind. */
export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slept = untilAborted(
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
    signal,
  );
  slept.catch(() => clearTimeout(timer));
  return slept;
};
