import { Console } from "node:console";
import { Writable } from "node:stream";
import type { Logger } from "@smithy/types";
import { expect } from "vitest";

/**
 * Every logger the fault suite hands to a client writes into this one collector, and every spec
 * file checks it after its last test (`expectNoSecretsLogged`): no known secret may appear in any
 * record. The collector lives per test file (vitest runs each file in its own fork).
 */
const records: unknown[] = [];
const consoleText: string[] = [];

/** Values the suite sends or receives that must never reach a log. Spec files add theirs. */
const secrets = new Set<string>();

export const registerSecrets = (...values: string[]): void => {
  for (const value of values) if (value) secrets.add(value);
};

export interface LogCall {
  level: string;
  args: unknown[];
}

/** A console-like logger (several arguments per call): each call is recorded here and in the collector. */
export const collectingLogger = (): Logger & { calls: LogCall[] } => {
  const calls: LogCall[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) => {
      calls.push({ level, args });
      records.push({ level, args });
    };
  return { calls, trace: at("trace"), debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
};

/** Hands every record to the collector, then throws: a log sink that is down. */
export const throwingLogger = (): Logger => {
  const at = (level: string) => (...args: unknown[]) => {
    records.push({ level, args });
    throw new Error("log sink is down");
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
};

/**
 * Shaped like pino: `logger.info(obj, msg?)` keeps only the first argument as the record (pino
 * reads later arguments only as format values for a message), so a logger plugin that spread its
 * record over several arguments would lose everything after the first.
 */
export const pinoLikeLogger = (): Logger & { lines: Array<{ level: number } & Record<string, unknown>> } => {
  const lines: Array<{ level: number } & Record<string, unknown>> = [];
  const at = (level: number) => (first: unknown) => {
    const line = { level, ...(typeof first === "object" && first !== null ? first : { msg: String(first) }) };
    lines.push(line);
    records.push(line);
  };
  return { lines, trace: at(10), debug: at(20), info: at(30), warn: at(40), error: at(50) };
};

/** The real `node:console` Console, writing its formatted text into the collector. */
export const realConsole = (): Console => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      consoleText.push(chunk.toString("utf8"));
      done();
    },
  });
  // Deep inspection, so nested members are printed rather than abbreviated to [Object].
  return new Console({ stdout: sink, stderr: sink, inspectOptions: { depth: Infinity, maxStringLength: Infinity } });
};

export const collectedRecords = (): readonly unknown[] => records;

/** What the `realConsole()` consoles have printed so far. */
export const consoleOutput = (): string => consoleText.join("");

/** All collected text: JSON of every record (Errors expanded, so their messages count) and console output. */
export const collectedText = (): string => JSON.stringify(records, expandErrors) + "\n" + consoleText.join("");

const expandErrors = (_key: string, value: unknown): unknown =>
  value instanceof Error ? { ...value, name: value.name, message: value.message, stack: value.stack } : value;

/** The secrets found in `text`; exported so a test can show the scan does catch a leak. */
export const findSecrets = (text: string, candidates: Iterable<string> = secrets): string[] =>
  [...candidates].filter((secret) => text.includes(secret));

export const expectNoSecretsLogged = (): void => {
  expect(secrets.size, "no secrets registered: the leak check would prove nothing").toBeGreaterThan(0);
  expect(findSecrets(collectedText()), "secrets found in the collected log records").toEqual([]);
};
