import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AbortError } from "../http/transportErrors.js";
import { abortableSleep } from "./abortableSleep.js";

describe("abortableSleep", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves after the time, leaving no listener on the signal", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const slept = abortableSleep(1_000, controller.signal);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(slept).resolves.toBeUndefined();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("rejects with AbortError as soon as the signal fires, and clears its timer", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const slept = abortableSleep(20_000, controller.signal);
    controller.abort();
    await expect(slept).rejects.toBeInstanceOf(AbortError);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("rejects at once when the signal has already fired", async () => {
    vi.useFakeTimers();
    const slept = abortableSleep(20_000, AbortSignal.abort());
    await expect(slept).rejects.toBeInstanceOf(AbortError);
    expect(vi.getTimerCount()).toBe(0);
  });
});
