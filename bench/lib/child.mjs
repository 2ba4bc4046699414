import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs a worker script in a fresh Node process and returns the JSON object it prints as its last
 * line of stdout. stderr is kept and shown only if the worker fails (the official SDK warns about
 * Node 20 on stderr).
 */
export const runWorker = (script, args = [], { nodeArgs = [] } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, `${benchDir}workers/${script}`, ...args.map(String)], {
      cwd: benchDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").pop();
      if (code !== 0 || !last) {
        reject(new Error(`bench worker ${script} ${args.join(" ")} exited with ${code}\n${stderr}${stdout}`));
        return;
      }
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`bench worker ${script} printed no JSON result:\n${stdout}\n${stderr}`));
      }
    });
  });

/**
 * Starts the loopback server (workers/server.mjs) in its own process: its CPU is then not spent
 * on the client's core, and the client's profile shows only the client.
 */
export const startServer = () =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${benchDir}workers/server.mjs`], { cwd: benchDir, stdio: ["pipe", "pipe", "inherit"] });
    let buffered = "";
    const onData = (chunk) => {
      buffered += chunk;
      const newline = buffered.indexOf("\n");
      if (newline === -1) return;
      child.stdout.off("data", onData);
      const { port } = JSON.parse(buffered.slice(0, newline));
      // Closing the server's stdin stops it; killing by pid is the fallback.
      resolve({ port, stop: () => new Promise((done) => (child.once("exit", done), child.stdin.end())) });
    };
    child.stdout.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`loopback server exited early with ${code}`)));
  });
