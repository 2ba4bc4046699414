#!/usr/bin/env node
// `npm run bench`: lithe next to the official @aws-sdk/client-cognito-identity-provider, same machine,
// same run, same inputs. Every measurement runs in fresh Node processes (bench/workers/), importing
// the built packages as a user would; runs of the two clients are interleaved so that load from
// elsewhere on the machine hits both alike, and medians are reported. See docs/performance.md.
//
//   npm run bench                    the full run (a few minutes); writes bench/results.json
//   npm run bench -- --quick         a few hundred calls per measurement: proves the bench works,
//                                    writes bench/.profiles/results-quick.json; times mean nothing
//   npm run bench -- --only=overhead,throughput,coldStart,memory   a subset
//   npm run bench -- --runs=5        repetitions per measurement (default 3; cold start: 10 samples)
import { writeFileSync, mkdirSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { fileURLToPath } from "node:url";
import { runWorker, startServer } from "./lib/child.mjs";
import { readSizeReport, sizeReportPath } from "./lib/sizeReport.mjs";
import { median } from "./lib/stats.mjs";
import { formatTable } from "./lib/table.mjs";

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = args.includes("--quick");
const only = option("only")?.split(",");
const runs = Number(option("runs") ?? (quick ? 1 : 3));
const settings = quick
  ? { calls: 300, warmup: 100, durationMs: 200, warmupMs: 100, coldSamples: 2, memoryCalls: 300, clients: 50 }
  : { calls: 20_000, warmup: 5_000, durationMs: 2_000, warmupMs: 1_000, coldSamples: 10, memoryCalls: 10_000, clients: 1_000 };
const wanted = (section) => !only || only.includes(section);
const out = option("out") ?? fileURLToPath(new URL(quick ? "./.profiles/results-quick.json" : "./results.json", import.meta.url));

const SDKS = ["lithe", "official"];
const log = (text) => process.stderr.write(`${text}\n`);

/** Runs `sample(sdk, i)` `times` times per SDK, alternating SDKs, and returns the samples per SDK. */
const interleaved = async (sdks, times, sample) => {
  const samples = Object.fromEntries(sdks.map((sdk) => [sdk, []]));
  for (let i = 0; i < times; i++) for (const sdk of sdks) samples[sdk].push(await sample(sdk, i));
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
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  },
  settings: { ...settings, runs },
};

if (wanted("overhead")) {
  log(`per-call overhead: ${settings.calls} calls after ${settings.warmup} warm-up calls, ${runs} run(s) each`);
  const samples = await interleaved(SDKS, runs, (sdk) => runWorker("overhead.mjs", [sdk, settings.calls, settings.warmup]));
  const summary = Object.fromEntries(
    SDKS.map((sdk) => [sdk, { usPerCall: medianOf(samples[sdk], "usPerCall"), cpuUsPerCall: medianOf(samples[sdk], "cpuUsPerCall"), samples: samples[sdk] }]),
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
    for (const concurrency of [1, 32]) {
      log(`loopback throughput, concurrency ${concurrency}: ${settings.durationMs} ms after ${settings.warmupMs} ms warm-up, ${runs} run(s) each`);
      const samples = await interleaved(["raw", ...SDKS], runs, (sdk) =>
        runWorker("throughput.mjs", [sdk, server.port, concurrency, settings.durationMs, settings.warmupMs]),
      );
      const summary = Object.fromEntries(
        ["raw", ...SDKS].map((sdk) => [
          sdk,
          { callsPerSecond: medianOf(samples[sdk], "callsPerSecond"), cpuUsPerCall: medianOf(samples[sdk], "cpuUsPerCall"), samples: samples[sdk] },
        ]),
      );
      for (const sdk of SDKS) summary[sdk].ofCeiling = summary[sdk].callsPerSecond / summary.raw.callsPerSecond;
      results.throughput[concurrency] = summary;
    }
  }

  if (wanted("coldStart")) {
    log(`cold start: ${settings.coldSamples} fresh processes each`);
    const samples = await interleaved(["core", ...SDKS], settings.coldSamples, (sdk) => runWorker("coldStart.mjs", [sdk, server.port]));
    const summary = Object.fromEntries(
      ["core", ...SDKS].map((sdk) => [
        sdk,
        { totalMs: medianOf(samples[sdk], "totalMs"), importMs: medianOf(samples[sdk], "importMs"), firstCallMs: medianOf(samples[sdk], "firstCallMs"), samples: samples[sdk] },
      ]),
    );
    results.coldStart = { ...summary, ratio: summary.lithe.totalMs / summary.official.totalMs };
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

results.bundle = readSizeReport();
results.machine.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
results.targets = {
  overhead: results.overhead ? results.overhead.ratio >= 30 : undefined,
  throughput1: results.throughput ? results.throughput[1].lithe.ofCeiling >= 0.85 : undefined,
  throughput32: results.throughput ? results.throughput[32].lithe.ofCeiling >= 0.85 : undefined,
  coldStart: results.coldStart ? results.coldStart.ratio <= 1 / 8 : undefined,
};

mkdirSync(fileURLToPath(new URL(".", `file://${out}`)), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
console.log(`\n${results.date.slice(0, 10)}, ${m.cpu} × ${m.cores}, ${m.os}, Node ${m.node}${quick ? " (--quick: the times mean nothing)" : ""}\n`);
if (!only) console.log(formatTable(results));
else console.log(JSON.stringify(results, (key, value) => (key === "samples" ? undefined : value), 2));
if (!results.bundle) console.log(`\nbundle sizes: run \`npm run size\` (no ${sizeReportPath})`);
console.log(`\nload average ${m.loadAverageAtStart.join(" ")} at start, ${m.loadAverageAtEnd.join(" ")} at end; results in ${out}`);
