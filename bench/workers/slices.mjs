// The command loop of the long-lived workers: after setup, every stdin line runs one slice.
import { createInterface } from "node:readline";

/** Prints `ready`, then runs `slice(line)` for each stdin line and prints its result; exits at EOF. */
export const serveSlices = async (ready, slice) => {
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    process.stdout.write(`${JSON.stringify(await slice(line.trim()))}\n`);
  }
  process.exit(0);
};

/** Wall time and CPU time (user + system, this process's threads) of `fn`. */
export const measure = async (fn) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const calls = await fn();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { calls, ms, cpuUs: user + system };
};
