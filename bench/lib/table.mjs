// The results as one Markdown table (the README and docs/performance.md show it as is).

const fmt = (value, digits = 1) => (value == null || !Number.isFinite(value) ? "–" : value.toFixed(digits));
const kb = (bytes) => (bytes == null ? "–" : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes) => (bytes == null ? "–" : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const pct = (fraction) => (fraction == null ? "–" : `${(fraction * 100).toFixed(0)}%`);
const mark = (met) => (met == null ? "" : met ? " ✓" : " ✗");

export const formatTable = (r) => {
  const rows = [["", "lithe", "@aws-sdk", "lithe vs @aws-sdk", "target"]];
  const o = r.overhead;
  rows.push([
    "per-call overhead, canned response (µs/call)",
    fmt(o.lithe.usPerCall, 2),
    fmt(o.official.usPerCall, 1),
    `${fmt(o.ratio, 1)}× lower`,
    `≥ 30× lower${mark(r.targets.overhead)}`,
  ]);
  rows.push(["per-call CPU time, canned response (µs/call)", fmt(o.lithe.cpuUsPerCall, 2), fmt(o.official.cpuUsPerCall, 1), `${fmt(o.cpuRatio, 1)}× lower`, ""]);
  for (const c of Object.keys(r.throughput)) {
    const t = r.throughput[c];
    rows.push([
      `loopback, concurrency ${c} (calls/s, % of raw node:http)`,
      `${fmt(t.lithe.callsPerSecond, 0)} (${pct(t.lithe.ofCeiling)})`,
      `${fmt(t.official.callsPerSecond, 0)} (${pct(t.official.ofCeiling)})`,
      `${fmt(t.lithe.callsPerSecond / t.official.callsPerSecond, 2)}× the calls/s`,
      `≥ 85% of raw${mark(r.targets[`throughput${c}`])}`,
    ]);
    rows.push([
      `loopback, concurrency ${c}: client CPU (µs/call; raw node:http ${fmt(t.raw.cpuUsPerCall, 0)}, ${fmt(t.raw.callsPerSecond, 0)} calls/s)`,
      fmt(t.lithe.cpuUsPerCall, 0),
      fmt(t.official.cpuUsPerCall, 0),
      `${fmt(t.official.cpuUsPerCall / t.lithe.cpuUsPerCall, 1)}× less CPU`,
      "",
    ]);
  }
  const s = r.coldStart;
  const lower = (ratio) => (ratio > 0 ? `${fmt(ratio, 1)}× lower` : "lithe not above the floor: noise");
  for (const [how, lithe, official, ratios, met] of [
    ["imported from node_modules", s.lithe, s.official, s.modules, r.targets.coldStartModules],
    ["esbuild-bundled", s.litheBundled, s.officialBundled, s.bundled, r.targets.coldStartBundled],
  ]) {
    rows.push([`cold start, packed install, ${how}: ms above the floor`, fmt(lithe.aboveFloorMs), fmt(official.aboveFloorMs), lower(ratios.ratio), `≥ 10× lower${ratios.ratio > 0 ? mark(met) : " ?"}`]);
    rows.push([`  first call done, ms since process start (import done)`, `${fmt(lithe.doneMs)} (${fmt(lithe.importedMs)})`, `${fmt(official.doneMs)} (${fmt(official.importedMs)})`, "", ""]);
    rows.push([`  CPU ms above the floor`, fmt(lithe.cpuAboveFloorMs), fmt(official.cpuAboveFloorMs), lower(ratios.cpuRatio), ""]);
  }
  rows.push([`  floor: node:http + one request by hand, ms since process start (CPU ms)`, `${fmt(s.floor.doneMs)} (${fmt(s.floor.cpuMs)})`, "", "", ""]);
  const m = r.memory;
  rows.push([`heap used after ${m.calls.toLocaleString("en")} calls (after gc)`, mb(m.lithe.heapAfterCalls), mb(m.official.heapAfterCalls), `${fmt(m.official.heapAfterCalls / m.lithe.heapAfterCalls, 1)}× less`, ""]);
  rows.push(["  of which the imported package", mb(m.lithe.heapOfImport), mb(m.official.heapOfImport), `${fmt(m.official.heapOfImport / m.lithe.heapOfImport, 1)}× less`, ""]);
  rows.push(["retained size of one client (new / after one call)", `${kb(m.lithe.retainedPerClient)} / ${kb(m.lithe.retainedPerUsedClient)}`, `${kb(m.official.retainedPerClient)} / ${kb(m.official.retainedPerUsedClient)}`, `${fmt(m.official.retainedPerUsedClient / m.lithe.retainedPerUsedClient, 1)}× less (used)`, ""]);
  const b = r.bundle;
  if (b) {
    rows.push([`browser bundle, ForgotPassword only (min / gzip; Amplify v6 ${kb(b.amplifyForgotPassword?.gzip)})`, `${kb(b.forgotPassword?.min)} / ${kb(b.forgotPassword?.gzip)}`, `${kb(b.official?.min)} / ${kb(b.official?.gzip)}`, `${fmt(b.official?.gzip / b.forgotPassword?.gzip, 1)}× smaller (gzip)`, ""]);
    rows.push([`browser bundle, 8-operation auth page (min / gzip; Amplify v6's auth page ${kb(b.amplifyAuthPage?.gzip)})`, `${kb(b.authPage?.min)} / ${kb(b.authPage?.gzip)}`, `${kb(b.officialAuthPage?.min)} / ${kb(b.officialAuthPage?.gzip)}`, `${fmt(b.officialAuthPage?.gzip / b.authPage?.gzip, 1)}× smaller (gzip)`, ""]);
    rows.push(["browser bundle, whole client (min / gzip)", `${kb(b.wholeClient?.min)} / ${kb(b.wholeClient?.gzip)}`, "", "", ""]);
  } else {
    rows.push(["browser bundle sizes", "run `npm run size`", "", "", ""]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(" | ")} |`;
  return [line(rows[0]), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.slice(1).map(line)].join("\n");
};
