import { spawn } from "node:child_process";

/**
 * Runs `command` to its end with stdout and stderr collected, and resolves to both; a failure to
 * start or an exit code other than 0 rejects with `label`, the code and everything the process said.
 */
export const runProcess = (command, args, { cwd, env, label = `${command} ${args.join(" ")}` } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${label} exited with ${code}\n${stderr}${stdout}`)),
    );
  });
