import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where `npm run size` (scripts/size.mjs) leaves its report. */
export const sizeReportPath = fileURLToPath(new URL("../../.tmp/size-report.json", import.meta.url));

/** Bundle sizes from the last `npm run size`, or undefined if it has not run in this tree. */
export const readSizeReport = () => {
  let text;
  try {
    text = readFileSync(sizeReportPath, "utf8");
  } catch {
    return undefined;
  }
  const report = JSON.parse(text);
  const bundles = report.bundles ?? {};
  const size = (key) => (bundles[key] && !bundles[key].error ? { min: bundles[key].min, gzip: bundles[key].gzip } : undefined);
  return {
    measuredAt: statSync(sizeReportPath).mtime.toISOString(),
    forgotPassword: size("forgotPassword"),
    recovery: size("recovery"),
    wholeClient: size("wholeClient"),
    official: size("official"),
    authPage: size("authPage"),
    officialAuthPage: size("officialAuthPage"),
    amplifyForgotPassword: size("amplifyForgotPassword"),
    amplifyAuthPage: size("amplifyAuthPage"),
  };
};
