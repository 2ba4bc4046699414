// The example page (examples/browser), bundled as `npm run bundle` bundles it, driven in Debian's
// Chromium against cognito-local on loopback: the browser build of lithe, fetch, CORS and all.
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { InitiateAuthCommand, type CognitoIdentityProviderClient } from "@lithe/client-cognito-identity-provider";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../../scripts/lib/cognitoLocal.mjs";
import { startSrpServer } from "../../../../scripts/lib/srpServer.mjs";
import { startScriptedServer, type RecordedRequest, type ScriptedServer, type Step } from "../../../core/test/support/scriptedServer.js";
import { createAppClient, createConfirmedUser, createPool, localClient } from "../support/cognitoLocalSetup.js";
import {
  ARTIFACTS_DIR,
  buildExampleBundle,
  buildHandlerModule,
  CHROMIUM_ARGS,
  CHROMIUM_INSTALL,
  CHROMIUM_PATH,
  EXAMPLE_DIR,
  hasChromium,
  inCi,
  startRecordingProxy,
  startStaticServer,
  type LoopbackServer,
  type SeenRequest,
} from "./pageHarness.js";

const PASSWORD = "Initial-Passw0rd!";
const NEW_PASSWORD = "Changed-Passw0rd!";
const SUITE = "example page in Chromium";

if (!hasChromium() && inCi()) {
  describe(SUITE, () => {
    it("has Chromium to run in (CI installs it)", () => {
      throw new Error(`No Chromium at ${CHROMIUM_PATH}; CI must run the browser test. Install it with: ${CHROMIUM_INSTALL}`);
    });
  });
} else if (!hasChromium()) {
  describe(SUITE, () => {
    it("runs the example page in Chromium", (context) => {
      const note = `no Chromium at ${CHROMIUM_PATH}; install it with: ${CHROMIUM_INSTALL}`;
      console.warn(`SKIPPED browser test: ${note}`); // the default reporter shows skip notes only when verbose
      context.skip(note);
    });
  });
} else {
  describe(SUITE, () => {
    let browser: Browser;
    let site: LoopbackServer;
    let local: CognitoLocal;
    let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
    let admin: CognitoIdentityProviderClient;
    let userPoolId: string;
    let clientId: string;
    let scripted: ScriptedServer | undefined;
    const contexts: BrowserContext[] = [];
    const pageErrors: Error[] = [];

    beforeAll(async () => {
      await buildExampleBundle();
      site = await startStaticServer({ "/lithe-handler.js": await buildHandlerModule() });
      local = await startCognitoLocal();
      proxy = await startRecordingProxy(local.endpoint);
      // Set-up in Node through lithe's own signed admin commands (cognito-local ignores signatures).
      admin = localClient(local.endpoint);
      userPoolId = await createPool(admin, "browser-example");
      ({ clientId } = await createAppClient(admin, userPoolId, "browser-example-app"));
      await createConfirmedUser(admin, userPoolId, "alice", PASSWORD);
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    });

    afterEach(async () => {
      for (const context of contexts.splice(0)) await context.close();
      await scripted?.close();
      scripted = undefined;
      expect(pageErrors.splice(0).map(String), "uncaught errors in the page").toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      admin?.destroy();
      await proxy?.close();
      await local?.stop();
      await site?.close();
    });

    /** The script files each page requested. */
    const scriptsOf = new WeakMap<Page, string[]>();

    /** A fresh browser context per test: its own preflight cache, so every test sees its OPTIONS. */
    const openPage = async (endpoint: string): Promise<Page> => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error));
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
      });
      scriptsOf.set(page, scripts);
      await page.goto(`${site.url}/`);
      await page.fill("#region", "us-east-1");
      await page.fill("#endpoint", endpoint);
      await page.fill("#client-id", clientId);
      return page;
    };

    /** Waits for the outcome the page shows once a call settles. */
    const settled = async (page: Page, timeout = 15_000): Promise<Shown> => {
      await page.waitForFunction(
        () => {
          const outcome = document.getElementById("result")?.dataset["outcome"];
          return outcome !== undefined && outcome !== "pending";
        },
        undefined,
        { timeout },
      );
      return page.$eval("#result", (el) => ({ ...(el as HTMLElement).dataset, text: el.textContent ?? "" }) as Shown);
    };

    const requestForgotPassword = async (page: Page, username: string) => {
      await page.fill("#username", username);
      await page.click("#send-code");
    };

    it("resets a password: ForgotPassword shows where the code went, ConfirmForgotPassword with it succeeds", async () => {
      const page = await openPage(proxy.url);
      await requestForgotPassword(page, "alice");
      const delivered = await settled(page);
      expect(delivered.outcome).toBe("delivered");
      expect(delivered.text).toMatch(/^Code sent by EMAIL to \S*@\S* \(email\)\./);

      const code = await local.getConfirmationCode(userPoolId, "alice");
      expect(code).toMatch(/^\d{6}$/);
      await page.fill("#code", code!);
      await page.fill("#new-password", NEW_PASSWORD);
      await page.click("#set-password");
      const confirmed = await settled(page);
      expect(confirmed).toMatchObject({ outcome: "confirmed", text: "Password changed. You can sign in with the new password." });
      expect(await page.inputValue("#new-password")).toBe("");

      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, "browser-example.png"), fullPage: true });

      // The new password really is the password now.
      const signIn = await admin.send(
        new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: "alice", PASSWORD: NEW_PASSWORD } }),
      );
      expect(signIn.AuthenticationResult?.AccessToken).toBeTruthy();

      // No client secret in the page: the SecretHash code is a chunk of its own that it never loads.
      expect(readdirSync(join(EXAMPLE_DIR, "dist")).filter((f) => f.endsWith(".js")).length).toBeGreaterThan(1);
      expect(scriptsOf.get(page)).toEqual(["/dist/main.js"]);
    });

    it("signs in with SRP: the password is not sent, and the SRP code loads only then", async () => {
      // cognito-local has no SRP: a loopback server plays Cognito's side for the same pool and client.
      const srp = await startSrpServer({ userPoolId, clientId });
      try {
        srp.addUser({ username: "srp-alice", password: NEW_PASSWORD });
        const page = await openPage(srp.endpoint);
        await page.fill("#user-pool-id", userPoolId);
        await page.fill("#username", "srp-alice");
        await page.fill("#password", NEW_PASSWORD);
        await page.click("#sign-in-button");
        const shown = await settled(page);
        expect(shown).toMatchObject({ outcome: "signed-in", text: "Signed in. Cognito issued an access token valid for 3600 s." });
        expect(await page.inputValue("#password")).toBe("");
        expect(srp.calls.map((call) => call.operation)).toEqual(["InitiateAuth", "RespondToAuthChallenge"]);
        expect(JSON.stringify(srp.calls)).not.toContain(NEW_PASSWORD);
        const scripts = scriptsOf.get(page)!;
        expect(scripts[0]).toBe("/dist/main.js");
        expect(scripts.slice(1).some((path) => /^\/dist\/srpSignIn[\w-]*\.js$/.test(path)), scripts.join(", ")).toBe(true);

        await page.fill("#password", "Wrong-Passw0rd!");
        await page.click("#sign-in-button");
        expect(await settled(page)).toMatchObject({ outcome: "error", errorName: "NotAuthorizedException" });
      } finally {
        await srp.stop();
      }
    });

    it("shows UserNotFoundException, with its message, for an unknown user", async () => {
      const page = await openPage(proxy.url);
      await requestForgotPassword(page, "nobody-here");
      const shown = await settled(page);
      expect(shown.outcome).toBe("error");
      expect(shown.errorName).toBe("UserNotFoundException");
      expect(shown.text).toMatch(/^UserNotFoundException: \S/);
    });

    it("passes CORS preflight: the user agent only in x-amz-user-agent, no recursion-detection header", async () => {
      const from = proxy.seen.length;
      const page = await openPage(proxy.url);
      await requestForgotPassword(page, "alice");
      expect((await settled(page)).outcome).toBe("delivered");

      const seen = proxy.seen.slice(from);
      const preflight = seen.filter((r) => r.method === "OPTIONS");
      const calls = seen.filter((r) => r.method === "POST");
      expect(preflight).toHaveLength(1);
      expect(calls).toHaveLength(1);
      expect(seen.indexOf(preflight[0]!)).toBeLessThan(seen.indexOf(calls[0]!));

      const asked = requestedHeaders(preflight[0]!);
      expect(preflight[0]!.headers["access-control-request-method"]).toBe("POST");
      expect(asked).toContain("x-amz-user-agent");
      expect(asked).toContain("x-amz-target");
      expect(asked).not.toContain("user-agent");
      expect(asked).not.toContain("x-amzn-trace-id");

      const headers = calls[0]!.headers;
      expect(headers["x-amz-target"]).toBe("AWSCognitoIdentityProviderService.ForgotPassword");
      expect(headers["x-amz-user-agent"]).toMatch(/^lithe-js\/\S+ ua\/2\.1 os\/other lang\/js md\/browser api\/cognito-identity-provider#/);
      expect(headers["user-agent"]).not.toContain("lithe");
      expect(headers["x-amzn-trace-id"]).toBeUndefined();
      expect(headers["authorization"]).toBeUndefined();
    });

    it("cancels an in-flight call from the page: AbortError shown, connection closed", async () => {
      scripted = await startScriptedServer();
      scripted.fallback = corsOr({ kind: "hang" });
      const page = await openPage(scripted.url);
      await requestForgotPassword(page, "alice");
      await expect.poll(() => scripted!.requests.filter((r) => r.method === "POST").length).toBe(1);
      expect(await page.isEnabled("#cancel")).toBe(true);

      await page.click("#cancel");
      // The server never answers, so only the abort can settle the call.
      const shown = await settled(page, 5_000);
      expect(shown.outcome).toBe("error");
      expect(shown.errorName).toBe("AbortError");
      expect(shown.text).toMatch(/^Cancelled\. AbortError: /);
      await expect.poll(() => scripted!.openUsedSockets(), { timeout: 5_000 }).toBe(0);
      expect(await page.isEnabled("#cancel")).toBe(false);
      expect(scripted.requests.filter((r) => r.method === "POST")).toHaveLength(1); // aborted calls are not retried
    });

    it("turns a refused connection into a NetworkError", async () => {
      scripted = await startScriptedServer();
      const url = scripted.url;
      await scripted.close(); // nothing listens there any more
      scripted = undefined;
      const page = await openPage(url);
      await requestForgotPassword(page, "alice");
      const shown = await settled(page);
      expect(shown).toMatchObject({ outcome: "error", errorName: "NetworkError" });
      expect(shown.text).toMatch(/^NetworkError: fetch failed/);
    });

    it("turns a response CORS blocks into a NetworkError, retried like any network failure", async () => {
      scripted = await startScriptedServer();
      // Answers the preflight without any Access-Control-* header: the browser refuses to send.
      scripted.fallback = { status: 204, headers: { connection: "close" } };
      const page = await openPage(scripted.url);
      await requestForgotPassword(page, "alice");
      const shown = await settled(page);
      expect(shown).toMatchObject({ outcome: "error", errorName: "NetworkError" });
      expect(scripted.requests.map((r) => r.method)).toEqual(["OPTIONS", "OPTIONS", "OPTIONS"]); // 3 attempts
    });

    it("FetchHttpHandler in the page: requestTimeout gives a retryable TimeoutError, keepalive is off", async () => {
      scripted = await startScriptedServer();
      scripted.fallback = corsOr({ kind: "hang" });
      const page = await openPage(scripted.url);
      // A module script, not import() in evaluate: the test runner rewrites import() in this file.
      await page.addScriptTag({ type: "module", content: 'import { FetchHttpHandler } from "/lithe-handler.js"; window.FetchHttpHandler = FetchHttpHandler;' });
      await page.waitForFunction(() => "FetchHttpHandler" in window);
      const outcome = await page.evaluate(async (port) => {
        const FetchHttpHandler = (window as any).FetchHttpHandler;
        const keepalive: unknown[] = [];
        const realFetch = globalThis.fetch;
        globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          keepalive.push(init?.keepalive);
          return realFetch(input, init);
        };
        const request = {
          method: "POST",
          protocol: "http:",
          hostname: "127.0.0.1",
          port,
          path: "/",
          query: {},
          headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "Test.Op" },
          body: "{}",
        };
        const started = performance.now();
        try {
          await new FetchHttpHandler({ requestTimeout: 300 }).handle(request);
          return { settled: "resolved" };
        } catch (error: any) {
          return { name: error.name, timeout: error.timeout, retryable: error.$retryable, elapsed: performance.now() - started, keepalive };
        } finally {
          globalThis.fetch = realFetch;
        }
      }, scripted.port);
      expect(outcome).toMatchObject({ name: "TimeoutError", timeout: "requestTimeout", retryable: { throttling: false }, keepalive: [false] });
      expect((outcome as { elapsed: number }).elapsed).toBeGreaterThanOrEqual(290);
      await expect.poll(() => scripted!.openUsedSockets(), { timeout: 5_000 }).toBe(0);
    });
  });
}

/** The page's result element: its `data-*` attributes and its text. */
interface Shown {
  outcome?: string;
  errorName?: string;
  requestId?: string;
  text: string;
}

const requestedHeaders = (preflight: SeenRequest): string[] =>
  String(preflight.headers["access-control-request-headers"] ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);

/** Answers a CORS preflight as cognito-local does (any origin, the asked-for headers); otherwise `step`. */
const corsOr =
  (step: Step) =>
  (request: RecordedRequest): Step =>
    request.method === "OPTIONS"
      ? {
          status: 204,
          headers: {
            "access-control-allow-origin": "*",
            "access-control-allow-methods": "POST",
            "access-control-allow-headers": String(request.headers["access-control-request-headers"] ?? ""),
            connection: "close",
          },
        }
      : step;
