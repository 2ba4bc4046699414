import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup, type OutputOptions, type Plugin, type RollupOptions } from "rollup";

/** What the browser test needs around the page: Chromium, the bundles, a static server, a recording proxy. */

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const EXAMPLE_DIR = join(REPO_ROOT, "examples/browser");
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_INSTALL = "apt-get update && apt-get install -y chromium";
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);
/** CI must never skip the browser test. */
export const inCi = (): boolean => !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

/** The flags the README gives for Debian's Chromium in a container. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const loadExamplesConfig = async (): Promise<RollupOptions> => {
  const configUrl = new URL("../../../../rollup.config.mjs", import.meta.url).href;
  const { examples } = (await import(configUrl)) as { examples: RollupOptions[] };
  return examples[0]!;
};

/** `npm run bundle`, in process: the example page's module into examples/browser/dist/. */
export const buildExampleBundle = async (): Promise<void> => {
  const config = await loadExamplesConfig();
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    await bundle.write(config.output as OutputOptions);
  } finally {
    await bundle.close();
  }
};

/**
 * A module the test imports into the page to drive FetchHttpHandler directly (requestTimeout,
 * keepalive), built like the example: same plugins, browser twins, minified. Returns its code.
 */
export const buildHandlerModule = async (): Promise<string> => {
  const config = await loadExamplesConfig();
  const entryId = "\0lithe-handler-entry";
  const entry: Plugin = {
    name: "handler-entry",
    resolveId: (id) => (id === entryId ? id : null),
    load: (id) => (id === entryId ? 'export { FetchHttpHandler } from "@lithe/core";' : null),
  };
  const bundle = await rollup({ ...config, input: entryId, plugins: [entry, ...(config.plugins as Plugin[])], onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ format: "es" });
    return output[0].code;
  } finally {
    await bundle.close();
  }
};

export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
};

const closeServer = (server: Server): Promise<void> =>
  new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

/** Serves examples/browser (and `extra` paths from memory) on a loopback port: the page's origin. */
export const startStaticServer = async (extra: Record<string, string> = {}): Promise<LoopbackServer> => {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const inMemory = extra[path];
    const file = resolve(EXAMPLE_DIR, `.${path === "/" ? "/index.html" : path}`);
    const type = CONTENT_TYPES[extname(inMemory === undefined ? file : path)];
    const within = relative(EXAMPLE_DIR, file);
    const inside = within !== "" && !within.startsWith("..") && !isAbsolute(within);
    try {
      if (!type || (inMemory === undefined && !inside)) throw new Error("not served");
      const body = inMemory ?? (await readFile(file));
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  const url = await listen(server);
  return { url, close: () => closeServer(server) };
};

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * Forwards everything to `target` (cognito-local) and records each request as it arrives, so the
 * test sees exactly what cognito-local sees: the preflight OPTIONS and the real calls' headers.
 */
export const startRecordingProxy = async (target: string): Promise<LoopbackServer & { seen: SeenRequest[] }> => {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", path: req.url ?? "", headers: { ...req.headers } });
    const upstream = request(
      new URL(req.url ?? "/", target),
      { method: req.method, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  const url = await listen(server);
  return { url, seen, close: () => closeServer(server) };
};
