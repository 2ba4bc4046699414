import { afterEach, beforeEach } from "vitest";

/** Each test starts with these environment variables unset, and gets the real values back after. */
export const isolateEnv = (names: readonly string[]): void => {
  let saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
    for (const name of names) delete process.env[name];
  });
  afterEach(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
};
