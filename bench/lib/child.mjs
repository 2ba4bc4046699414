import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runProcess } from "../../scripts/lib/runProcess.mjs";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

/** Reads newline-delimited JSON from a child's stdout, one resolver per expected line. */
const lineReader = (child) => {
  const waiting = [];
  let buffered = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    buffered += chunk;
    for (let newline; (newline = buffered.indexOf("\n")) !== -1; ) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      waiting.shift()?.resolve(line);
    }
  });
  return () => new Promise((resolve, reject) => waiting.push({ resolve, reject }));
};

/**
 * Starts a worker that stays up and answers commands: it sets itself up (and prints one JSON line),
 * then for every line written to its stdin runs one slice of the benchmark and prints one JSON
 * line. Idle workers wait on stdin and use no CPU, so slices of different clients can be
 * interleaved: a burst of load from elsewhere on the machine then lands on all of them alike.
 * stderr is kept and shown only if the worker fails (the official SDK warns about Node 20 there).
 */
export const startWorker = (script, args = [], { nodeArgs = [] } = {}) => {
  const child = spawn(process.execPath, [...nodeArgs, `${benchDir}workers/${script}`, ...args.map(String)], {
    cwd: benchDir,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const nextLine = lineReader(child);
  let failed;
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const read = () =>
    Promise.race([
      nextLine(),
      exited.then((code) => Promise.reject((failed ??= new Error(`bench worker ${script} ${args.join(" ")} exited with ${code}\n${stderr}`)))),
    ]).then((line) => JSON.parse(line));
  const ready = read();
  return {
    ready,
    /** Runs one slice (`command` is the worker's own: a call count or a duration) and returns its JSON. */
    run: (command) => {
      child.stdin.write(`${command}\n`);
      return read();
    },
    stop: () => {
      child.stdin.end();
      return exited;
    },
  };
};

/** Runs a one-shot worker in a fresh Node process and returns the JSON object it prints last. */
export const runWorker = (script, args = [], { nodeArgs = [] } = {}) => runScript(`${benchDir}workers/${script}`, args, { nodeArgs, cwd: benchDir });

/** Runs the script at `path` in a fresh Node process in `cwd` and returns the JSON object it prints last. */
export const runScript = async (path, args = [], { nodeArgs = [], cwd } = {}) => {
  const label = `bench worker ${path} ${args.join(" ")}`;
  const { stdout, stderr } = await runProcess(process.execPath, [...nodeArgs, path, ...args.map(String)], { cwd, label });
  const last = stdout.trim().split("\n").pop();
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`${label} printed no JSON result:\n${stdout}\n${stderr}`);
  }
};

/**
 * Starts the loopback server (workers/server.mjs) in its own process, so its CPU is not spent in
 * (nor measured as) the client's process.
 */
export const startServer = async () => {
  const server = startWorker("server.mjs");
  const { port } = await server.ready;
  return { port, stop: server.stop };
};
