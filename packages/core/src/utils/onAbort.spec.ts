import { describe, expect, it } from "vitest";
import { onAbort } from "./onAbort.js";

describe("onAbort", () => {
  it("listens once on a DOM AbortSignal and stops listening when asked", () => {
    const controller = new AbortController();
    let calls = 0;
    const stop = onAbort(controller.signal, () => calls++);
    stop();
    controller.abort();
    expect(calls).toBe(0);
    const other = new AbortController();
    onAbort(other.signal, () => calls++);
    other.abort();
    other.abort();
    expect(calls).toBe(1);
  });

  it("accepts Smithy's older { aborted, onabort } signal", () => {
    const legacy: { aborted: boolean; onabort: (() => void) | null } = { aborted: false, onabort: null };
    let calls = 0;
    const stop = onAbort(legacy as unknown as AbortSignal, () => calls++);
    legacy.onabort?.();
    expect(calls).toBe(1);
    stop();
    expect(legacy.onabort).toBeNull();
  });
});
