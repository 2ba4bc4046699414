import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, vi, type MockInstance } from "vitest";
import { sharedFileSystem } from "../../src/runtime/sharedConfigFiles.node.js";

export interface SharedFilesSandbox {
  /** This test's own folder: the reader keeps every path it read for the life of the process. */
  dir: string;
  /** Reads through the reader's seam, counted. */
  reads: MockInstance<(path: string) => string>;
  /** The paths read, sorted. */
  readPaths(): string[];
}

/** A fresh folder per test for shared config files, and the reader's reads counted. */
export const sharedFilesSandbox = (prefix: string): SharedFilesSandbox => {
  const dirs: string[] = [];
  const sandbox = {
    readPaths: () => sandbox.reads.mock.calls.map(([path]) => path).sort(),
  } as SharedFilesSandbox;
  beforeEach(async () => {
    sandbox.dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(sandbox.dir);
    sandbox.reads = vi.spyOn(sharedFileSystem, "readText");
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  return sandbox;
};
