#!/usr/bin/env node
// `npm run bench`: lithe next to the official @aws-sdk/client-cognito-identity-provider, same machine,
// same run, same inputs. Every measurement runs in fresh Node processes (bench/workers/), importing
// the built packages as a user would; runs of the two clients are interleaved so that load from
// elsewhere on the machine hits both alike, and medians are reported. See docs/performance.md.
//
//   npm run bench                    the full run (a few minutes); writes bench/results.json
//   npm run bench -- --quick         a few hundred calls per measurement: proves the bench works,
//                                    writes bench/.profiles/results-quick.json; times mean nothing
//   npm run bench -- --only=overhead,throughput,coldStart,memory,srp   a subset
//   npm run bench -- --slices=20     slices per client in the interleaved measurements (default 10)
//   npm run bench -- --cold-samples=40   cold-start rounds (default 25; --quick: 3)
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { fileURLToPath } from "node:url";
import { runScript, runWorker, startServer, startWorker } from "./lib/child.mjs";
import { prepareColdStartApps } from "./lib/coldStartApps.mjs";
import { readSizeReport, sizeReportPath } from "./lib/sizeReport.mjs";
import { median } from "./lib/stats.mjs";
import { formatTable } from "./lib/table.mjs";
import { ensureFreshDist } from "../scripts/lib/ensureFreshDist.mjs";

const gitCommit = () => {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "packages", "rollup.config.mjs"], { encoding: "utf8" }).stdout?.trim();
  return git.status === 0 ? `${git.stdout.trim()}${dirty ? " + uncommitted changes" : ""}` : undefined;
};

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = args.includes("--quick");
// Both clients are imported as a user would, from dist: it must match the sources.
ensureFreshDist();
const only = option("only")?.split(",");
const settings = quick
  ? { warmupCalls: 100, slices: 2, sliceCalls: 150, warmupMs: 100, sliceMs: 100, coldSamples: 3, memoryCalls: 300, clients: 50 }
  : { warmupCalls: 5_000, slices: 10, sliceCalls: 20_000, warmupMs: 1_000, sliceMs: 300, coldSamples: 25, memoryCalls: 10_000, clients: 1_000 };
if (option("slices")) settings.slices = Number(option("slices"));
if (option("cold-samples")) settings.coldSamples = Number(option("cold-samples"));
const wanted = (section) => !only || only.includes(section);
const out = option("out") ?? fileURLToPath(new URL(quick ? "./.profiles/results-quick.json" : "./results.json", import.meta.url));

const SDKS = ["lithe", "official"];
const log = (text) => process.stderr.write(`${text}\n`);

/**
 * Starts one long-lived worker per client, then runs `rounds` rounds of one slice each, the clients
 * taking turns within a round. Returns each client's slices, in round order.
 */
const interleavedSlices = async (clients, start, rounds, command) => {
  const workers = {};
  try {
    for (const client of clients) {
      workers[client] = start(client);
      await workers[client].ready; // set up and warmed up one at a time: warm-ups do not overlap
    }
    const slices = Object.fromEntries(clients.map((client) => [client, []]));
    for (let round = 0; round < rounds; round++) {
      for (const client of clients) {
        // A pause lets the previous worker's background GC threads finish off its garbage on their
        // own time, not on the next worker's: with 2 cores that showed as every other slice slow.
        await settle();
        slices[client].push(await workers[client].run(command));
      }
    }
    return slices;
  } finally {
    await Promise.all(Object.values(workers).map((worker) => worker.stop()));
  }
};
const settle = () => new Promise((resolve) => setTimeout(resolve, quick ? 5 : 100));
const usPerCall = (slice) => (slice.ms * 1000) / slice.calls;
const cpuUsPerCall = (slice) => slice.cpuUs / slice.calls;
const callsPerSecond = (slice) => (slice.calls * 1000) / slice.ms;

/**
 * Runs `sample(client)` `times` times per client, in rounds of one each; fresh processes each time.
 * The order rotates from round to round, so no client always runs right after the same other one.
 */
const interleavedRuns = async (clients, times, sample) => {
  const samples = Object.fromEntries(clients.map((client) => [client, []]));
  for (let i = 0; i < times; i++) {
    for (let k = 0; k < clients.length; k++) {
      const client = clients[(i + k) % clients.length];
      samples[client].push(await sample(client));
    }
  }
  return samples;
};
const medianOf = (samples, key) => median(samples.map((s) => s[key]));

const results = {
  date: new Date().toISOString(),
  quick,
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    os: `${type()} ${release()}`,
    node: process.version,
    commit: gitCommit(),
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  },
  settings,
};

if (wanted("overhead")) {
  // Each slice is a whole run of 20,000 sequential calls. Slices of 2,000 (5 ms of lithe) measured
  // anywhere from 2.4 to 5.4 µs/call within one run: a scavenge or a scheduler tick is a large share
  // of 5 ms and nothing of the official client's 200 ms, so short slices charged lithe for them.
  log(`per-call overhead: ${settings.warmupCalls} warm-up calls, then ${settings.slices} × ${settings.sliceCalls} calls each, interleaved`);
  const slices = await interleavedSlices(SDKS, (sdk) => startWorker("overhead.mjs", [sdk, settings.warmupCalls]), settings.slices, settings.sliceCalls);
  const summary = Object.fromEntries(
    SDKS.map((sdk) => [
      sdk,
      {
        calls: slices[sdk].reduce((sum, s) => sum + s.calls, 0),
        usPerCall: median(slices[sdk].map(usPerCall)),
        cpuUsPerCall: median(slices[sdk].map(cpuUsPerCall)),
        slices: slices[sdk],
      },
    ]),
  );
  results.overhead = {
    ...summary,
    ratio: summary.official.usPerCall / summary.lithe.usPerCall,
    cpuRatio: summary.official.cpuUsPerCall / summary.lithe.cpuUsPerCall,
  };
}

const needsServer = wanted("throughput") || wanted("coldStart");
const server = needsServer ? await startServer() : undefined;
try {
  if (wanted("throughput")) {
    results.throughput = {};
    const clients = ["raw", ...SDKS];
    for (const concurrency of [1, 32]) {
      log(`loopback throughput, concurrency ${concurrency}: ${settings.warmupMs} ms warm-up, then ${settings.slices} × ${settings.sliceMs} ms each, interleaved`);
      const slices = await interleavedSlices(
        clients,
        (client) => startWorker("throughput.mjs", [client, server.port, concurrency, settings.warmupMs]),
        settings.slices,
        settings.sliceMs,
      );
      const summary = Object.fromEntries(
        clients.map((client) => [
          client,
          { callsPerSecond: median(slices[client].map(callsPerSecond)), cpuUsPerCall: median(slices[client].map(cpuUsPerCall)), slices: slices[client] },
        ]),
      );
      // Against the raw slice of the same round: the neighbour in time, under the same load.
      for (const sdk of SDKS) {
        summary[sdk].ofCeiling = median(slices[sdk].map((slice, round) => callsPerSecond(slice) / callsPerSecond(slices.raw[round])));
      }
      results.throughput[concurrency] = summary;
    }
  }

  if (wanted("coldStart")) {
    // As a user deploys: both clients packed/installed into temporary apps, each run imported from
    // node_modules and esbuild-bundled, against a floor process that sends the same request with
    // bare node:http. See bench/lib/coldStartApps.mjs.
    log("cold start: packing lithe, installing both clients into temporary apps, bundling them");
    const setupStarted = performance.now();
    const apps = await prepareColdStartApps();
    try {
      const variants = ["floor", "lithe", "official", "litheBundled", "officialBundled"];
      log(`cold start: ${settings.coldSamples} fresh processes each (set up in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s)`);
      const samples = await interleavedRuns(variants, settings.coldSamples, (variant) =>
        runScript(apps.scripts[variant].script, [server.port], { cwd: apps.scripts[variant].cwd }),
      );
      // Above the floor per round: each sample minus the floor sample of the same round, its
      // neighbour in time; the median of those.
      const aboveFloor = (variant, key) => median(samples[variant].map((sample, round) => sample[key] - samples.floor[round][key]));
      const summary = Object.fromEntries(
        variants.map((variant) => [
          variant,
          {
            doneMs: medianOf(samples[variant], "doneMs"),
            importedMs: medianOf(samples[variant], "importedMs"),
            cpuMs: medianOf(samples[variant], "cpuMs"),
            ...(variant === "floor" ? {} : { aboveFloorMs: aboveFloor(variant, "doneMs"), cpuAboveFloorMs: aboveFloor(variant, "cpuMs") }),
            samples: samples[variant],
          },
        ]),
      );
      const ratios = (lithe, official) => ({
        ratio: summary[official].aboveFloorMs / summary[lithe].aboveFloorMs,
        cpuRatio: summary[official].cpuAboveFloorMs / summary[lithe].cpuAboveFloorMs,
      });
      results.coldStart = { ...summary, modules: ratios("lithe", "official"), bundled: ratios("litheBundled", "officialBundled") };
    } finally {
      apps.remove();
    }
  }
} finally {
  await server?.stop();
}

if (wanted("memory")) {
  log(`memory: heap after ${settings.memoryCalls} calls, retained size of ${settings.clients} clients`);
  const memory = { calls: settings.memoryCalls, clients: settings.clients };
  for (const sdk of SDKS) memory[sdk] = await runWorker("memory.mjs", [sdk, settings.memoryCalls, settings.clients], { nodeArgs: ["--expose-gc"] });
  results.memory = memory;
}

const coldStartMet = (ratio) => (ratio > 0 ? ratio >= 10 : undefined);

if (wanted("srp")) {
  log("srp: CPU time of one signInWithSrp, next to amazon-cognito-identity-js's authenticateUser (service answers from memory)");
  const lithe = await runWorker("srpSignIn.mjs", ["lithe", quick ? 5 : 40]);
  const reference = await runWorker("srpSignIn.mjs", ["amazon-cognito-identity-js", quick ? 2 : 6]);
  results.srp = { lithe, "amazon-cognito-identity-js": reference, ratio: reference.medianCpuMs / lithe.medianCpuMs };
}

results.bundle = readSizeReport();
results.machine.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
results.targets = {
  overhead: results.overhead ? results.overhead.ratio >= 30 : undefined,
  throughput1: results.throughput ? results.throughput[1].lithe.ofCeiling >= 0.85 : undefined,
  throughput32: results.throughput ? results.throughput[32].lithe.ofCeiling >= 0.85 : undefined,
  // lithe's cost above the floor ≥ 10× lower than the official client's. A lithe cost at or under
  // the floor is noise swamping the measurement: no verdict (rerun on a quieter machine).
  coldStartModules: results.coldStart ? coldStartMet(results.coldStart.modules.ratio) : undefined,
  coldStartBundled: results.coldStart ? coldStartMet(results.coldStart.bundled.ratio) : undefined,
  srpSignInCpu: results.srp ? results.srp.lithe.medianCpuMs < 20 : undefined,
};

mkdirSync(fileURLToPath(new URL(".", `file://${out}`)), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
console.log(`\n${results.date.slice(0, 10)}, ${m.cpu} × ${m.cores}, ${m.os}, Node ${m.node}${quick ? " (--quick: the times mean nothing)" : ""}\n`);
if (!only) console.log(formatTable(results));
else console.log(JSON.stringify(results, (key, value) => (key === "samples" ? undefined : value), 2));
if (!results.bundle) console.log(`\nbundle sizes: run \`npm run size\` (no ${sizeReportPath})`);
if (results.srp) {
  const { lithe, "amazon-cognito-identity-js": reference } = results.srp;
  console.log(
    `\nSRP sign-in CPU: lithe ${lithe.medianCpuMs.toFixed(1)} ms (first in a fresh process ${lithe.firstCpuMs.toFixed(1)} ms), ` +
      `amazon-cognito-identity-js ${reference.medianCpuMs.toFixed(1)} ms (${(reference.medianCpuMs / lithe.medianCpuMs).toFixed(1)}× more); ` +
      `target < 20 ms: ${results.targets.srpSignInCpu ? "MET" : "NOT MET"}`,
  );
}
console.log(`\nload average ${m.loadAverageAtStart.join(" ")} at start, ${m.loadAverageAtEnd.join(" ")} at end; results in ${out}`);
