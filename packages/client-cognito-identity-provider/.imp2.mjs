await import("@lithe/core");
const t0 = process.cpuUsage();
await import(process.argv[2]);
const c = process.cpuUsage(t0);
console.log((c.user + c.system) / 1000);
