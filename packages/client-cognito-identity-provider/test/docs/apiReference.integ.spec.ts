// The API reference site (`npm run docs`, TypeDoc) is built as CI builds it, served on loopback and
// opened in a real Chromium: ForgotPasswordCommand's page must list every error the model declares
// for ForgotPassword, with its fault, and link the operation's page in the Cognito API reference.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_INSTALL, CHROMIUM_PATH, hasChromium, inCi, REPO_ROOT } from "../browser/pageHarness.js";

const SUITE = "the API reference site";
const model = JSON.parse(readFileSync(join(REPO_ROOT, "codegen-model/cognito-identity-provider.json"), "utf8")) as {
  shapes: Record<string, { type: string; errors?: { target: string }[] }>;
};
const declaredErrors = (operation: string): string[] => {
  const [, shape] = Object.entries(model.shapes).find(([id, s]) => s.type === "operation" && id.endsWith(`#${operation}`))!;
  return (shape.errors ?? []).map((e) => e.target.split("#")[1]!);
};

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

/** A static file server on loopback for the built site. */
const serve = (dir: string): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url!, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      try {
        const body = readFileSync(join(dir, path.endsWith("/") ? `${path}index.html` : path));
        res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });

if (!hasChromium() && inCi()) {
  describe(SUITE, () => {
    it("has Chromium to run in (CI installs it)", () => {
      throw new Error(`No Chromium at ${CHROMIUM_PATH}; CI must run this test. Install it with: ${CHROMIUM_INSTALL}`);
    });
  });
} else if (!hasChromium()) {
  describe(SUITE, () => {
    it("lists ForgotPassword's errors on its command page", (context) => {
      context.skip(`no Chromium at ${CHROMIUM_PATH}; install it with: ${CHROMIUM_INSTALL}`);
    });
  });
} else {
  describe(SUITE, () => {
    let out: string;
    let server: Server;
    let browser: Browser;

    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), "lithe-api-docs-"));
      const build = spawnSync("npm", ["run", "docs", "--", "--out", out], { cwd: REPO_ROOT, encoding: "utf8" });
      if (build.status !== 0) throw new Error(`npm run docs failed:\n${build.stdout}\n${build.stderr}`);
      server = await serve(out);
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
      if (out) rmSync(out, { recursive: true, force: true });
    });

    it("lists every error ForgotPassword declares, with its fault, on ForgotPasswordCommand's page", async () => {
      const page = await browser.newPage();
      const { port } = server.address() as AddressInfo;
      // The index links the command's page; follow it as a reader would rather than guess its file name.
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      const href = await page.locator("a", { hasText: /^ForgotPasswordCommand$/ }).first().getAttribute("href");
      expect(href, "a link to ForgotPasswordCommand from the index").toBeTruthy();
      await page.goto(new URL(href!, `http://127.0.0.1:${port}/index.html`).href);
      await expect.poll(() => page.title()).toContain("ForgotPasswordCommand");

      // TypeDoc gives each @throws tag a "Throws" section of its own.
      const sections = await page.locator("h4", { hasText: /^Throws$/ }).locator("xpath=..").allInnerTexts();
      const listed = sections.join("\n");
      const errors = declaredErrors("ForgotPassword");
      expect(errors.length).toBeGreaterThan(10);
      for (const error of errors) expect(listed, `${error} under Throws`).toMatch(new RegExp(`${error} \\((client|server) fault`));
      const reference = page.locator('a[href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html"]');
      await expect.poll(() => reference.count()).toBeGreaterThan(0);
      await page.close();
    });
  });
}
