#!/usr/bin/env node
// Profiles one benchmark worker with `node --cpu-prof` and prints where the time goes, mapped back
// through dist's source maps to lithe's TypeScript sources. Profiles are kept in bench/.profiles/
// (gitignored) for Chrome DevTools or speedscope.
//
//   node bench/profile.mjs overhead lithe [calls=200000]
//   node bench/profile.mjs throughput lithe [concurrency=32]     (starts the loopback server)
//   node bench/profile.mjs coldStart lithe                       (starts the loopback server; runs in a
//                                                                 packed-install app as `npm run bench`
//                                                                 does; also official, litheBundled, ...)
import { mkdirSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import { runScript, startServer, startWorker } from "./lib/child.mjs";
import { prepareColdStartApps } from "./lib/coldStartApps.mjs";

const [worker = "overhead", sdk = "lithe", extra] = process.argv.slice(2);
const dir = fileURLToPath(new URL("./.profiles/", import.meta.url));
mkdirSync(dir, { recursive: true });
const name = `${worker}-${sdk}-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`;
const nodeArgs = ["--cpu-prof", `--cpu-prof-interval=${worker === "coldStart" ? 20 : 100}`, `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}`];

const server = worker === "overhead" ? undefined : await startServer();
try {
  if (worker === "coldStart") {
    const apps = await prepareColdStartApps();
    try {
      const { script, cwd } = apps.scripts[sdk];
      console.log(JSON.stringify(await runScript(script, [server.port], { nodeArgs, cwd })));
    } finally {
      apps.remove();
    }
  } else {
    const child =
      worker === "overhead"
        ? startWorker("overhead.mjs", [sdk, 5_000], { nodeArgs })
        : startWorker("throughput.mjs", [sdk, server.port, extra ?? 32, 1_000], { nodeArgs });
    await child.ready;
    const slice = await child.run(worker === "overhead" ? (extra ?? 200_000) : 3_000);
    console.log(JSON.stringify({ ...slice, usPerCall: (slice.ms * 1000) / slice.calls, cpuUsPerCall: slice.cpuUs / slice.calls }));
    await child.stop();
  }
} finally {
  await server?.stop();
}

const profile = JSON.parse(readFileSync(`${dir}${name}`, "utf8"));
const maps = new Map();
const sourceMapFor = (url) => {
  if (!url.startsWith("file://") || !url.includes("/dist/")) return undefined;
  if (!maps.has(url)) {
    try {
      maps.set(url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, "utf8"))));
    } catch {
      maps.set(url, undefined);
    }
  }
  return maps.get(url);
};
const label = ({ functionName, url, lineNumber, columnNumber }) => {
  const entry = sourceMapFor(url)?.findEntry(lineNumber, columnNumber);
  const where = entry?.originalSource
    ? `${entry.originalSource.replace(/^.*\/(packages|@lithe)\//, "")}:${entry.originalLine + 1}`
    : `${url.replace(/^.*\/(node_modules|bench)\//, "$1/").replace(/^node:internal\//, "")}${url ? `:${lineNumber + 1}` : ""}`;
  return `${functionName || "(anonymous)"}  ${where}`;
};

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const key = label(byId.get(id).callFrame);
  self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]);
  total += profile.timeDeltas[i];
});
const byFile = new Map();
for (const [key, time] of self) {
  const file = key.split("  ")[1]?.replace(/:\d+$/, "") ?? key;
  byFile.set(file, (byFile.get(file) ?? 0) + time);
}
const print = (title, entries, rows) => {
  console.log(`\n${title}`);
  for (const [key, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${key}`);
  }
};
print("self time by function", self, 40);
print("self time by file", byFile, 25);
console.log(`\nprofile: ${dir}${name}`);
