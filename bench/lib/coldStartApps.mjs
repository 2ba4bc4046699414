// The apps the cold-start benchmark runs in, set up as a user deploys: lithe `npm pack`ed and installed
// from its tarballs, the official client installed at the repo's version (from the local npm cache),
// each in its own app in a temporary folder, so nothing resolves through a workspace symlink, a
// tsconfig path or the repo's node_modules. Each app gets coldStart.mjs (imports from node_modules)
// and an esbuild bundle of it, as a Lambda would be deployed; the floor runs from the lithe app.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { OFFICIAL_CLIENT, officialClientVersion } from "../../scripts/lib/officialClient.mjs";
import { installApp, packLithe, tempWorkspace } from "../../scripts/lib/packedApp.mjs";

const workers = fileURLToPath(new URL("../workers/", import.meta.url));
const LITHE = "@lithe/client-cognito-identity-provider";

/**
 * esbuild as a Lambda is bundled (SAM's defaults, in ESM): `--bundle --platform=node --format=esm
 * --minify --target=node20`; CommonJS inside the bundle (the official client's dist-cjs) requires
 * Node's modules through `createRequire`, as SAM and CDK's ESM banner does.
 */
const bundle = (entry, outfile) =>
  esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    logLevel: "silent",
    absWorkingDir: join(entry, ".."),
    tsconfigRaw: {},
  });

/**
 * Returns the scripts to run, each `{ script, cwd }`: `floor`, and for lithe and official, `<sdk>`
 * (from node_modules) and `<sdk>Bundled`; `remove()` deletes the temporary folder.
 */
export const prepareColdStartApps = async () => {
  const workspace = tempWorkspace("lithe-bench");
  try {
    const [litheApp, officialApp] = await Promise.all([
      packLithe(join(workspace.dir, "tarballs")).then((tarballs) => installApp(workspace.dir, "lithe-app", tarballs)),
      installApp(workspace.dir, "official-app", [`${OFFICIAL_CLIENT}@${officialClientVersion()}`]),
    ]);
    const template = readFileSync(join(workers, "coldStart.mjs"), "utf8");
    const scripts = {};
    for (const [sdk, app, pkg] of [
      ["lithe", litheApp, LITHE],
      ["official", officialApp, OFFICIAL_CLIENT],
    ]) {
      const script = join(app, "coldStart.mjs");
      writeFileSync(script, template.replace('"CLIENT_PACKAGE"', JSON.stringify(pkg)));
      const bundled = join(app, "coldStart.bundle.mjs");
      await bundle(script, bundled);
      scripts[sdk] = { script, cwd: app };
      scripts[`${sdk}Bundled`] = { script: bundled, cwd: app };
    }
    const floor = join(litheApp, "coldStartFloor.mjs");
    writeFileSync(floor, readFileSync(join(workers, "coldStartFloor.mjs"), "utf8"));
    scripts.floor = { script: floor, cwd: litheApp };
    return { scripts, dir: workspace.dir, remove: workspace.remove };
  } catch (error) {
    workspace.remove();
    throw error;
  }
};
