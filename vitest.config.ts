import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// One config for every package. Tests import the TypeScript sources, not dist, so `npm test`
// needs no build step; the browser test builds its own bundle.
export default defineConfig({
  resolve: {
    alias: {
      "@lithe/core": src("core"),
      "@lithe/codegen": src("codegen"),
      "@lithe/client-cognito-identity-provider": src("client-cognito-identity-provider"),
    },
  },
  test: {
    include: ["packages/*/src/**/*.spec.ts", "packages/*/test/**/*.spec.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The load soak compares heap sizes after forced collections (global.gc).
    execArgv: ["--expose-gc"],
  },
});
