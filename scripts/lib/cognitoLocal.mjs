// In-process cognito-local (https://github.com/jagregory/cognito-local) for tests, the demo and the
// browser test. Its own `createDefaultServer` is not used: it keeps data in `./.cognito` under the
// working directory, listens on the fixed port 9229, loads aws-sdk v2 (slow, and it prints an
// end-of-support notice) and prints confirmation codes to the log. So the services are wired here
// the same way, minus Lambda triggers. See docs/cognito-local.md for what the emulator does and does not do.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
// Resolve pino next to cognito-local so both use the same copy (pino-http checks the logger it gets).
const requireFromCognitoLocal = createRequire(require.resolve("cognito-local"));
const pino = requireFromCognitoLocal("pino");
const { createServer } = require("cognito-local/lib/server/server.js");
const { Router } = require("cognito-local/lib/server/Router.js");
const { DefaultConfig } = require("cognito-local/lib/server/config.js");
const { DateClock } = require("cognito-local/lib/services/clock.js");
const { CognitoServiceFactoryImpl } = require("cognito-local/lib/services/cognitoService.js");
const { UserPoolServiceFactoryImpl } = require("cognito-local/lib/services/userPoolService.js");
const { StormDBDataStoreFactory } = require("cognito-local/lib/services/dataStore/stormDb.js");
const { LambdaService } = require("cognito-local/lib/services/lambda.js");
const { MessagesService } = require("cognito-local/lib/services/messages.js");
const { MessageDeliveryService } = require("cognito-local/lib/services/messageDelivery/messageDelivery.js");
const { TriggersService } = require("cognito-local/lib/services/triggers/triggers.js");
const { JwtTokenGenerator } = require("cognito-local/lib/services/tokenGenerator.js");
const { otp } = require("cognito-local/lib/services/otp.js");

const LEVEL_NAMES = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };

/** Turns pino's JSON lines into one short line each for the caller's sink. */
function lineSink(log) {
  return {
    write(json) {
      let entry;
      try {
        entry = JSON.parse(json);
      } catch {
        log(String(json).trimEnd());
        return;
      }
      const parts = [LEVEL_NAMES[entry.level] ?? String(entry.level)];
      if (entry.target) parts.push(entry.target);
      if (entry.msg) parts.push(entry.msg);
      // CognitoError objects are logged as `err`: code and message only, never the request.
      if (entry.err) parts.push(`(${entry.err.code ?? entry.err.type ?? "Error"}: ${entry.err.message})`);
      log(parts.join(" "));
    },
  };
}

function createLogger({ quiet, log }) {
  if (quiet) return pino({ level: "silent" });
  // Never below "info": at "debug" cognito-local logs whole user records (passwords, codes, tokens).
  return pino({ level: "info", base: null, timestamp: false }, lineSink(log ?? ((line) => process.stderr.write(`[cognito-local] ${line}\n`))));
}

/**
 * Replaces cognito-local's ConsoleMessageSender, which logs the code itself. Codes are read back
 * with getConfirmationCode instead; the log only says that something was sent.
 */
function createMessageSender() {
  const send = (ctx, user, destination) => {
    ctx.logger.info(`confirmation message for user ${user.Username} delivered to ${destination}`);
    return Promise.resolve();
  };
  return { sendEmail: send, sendSms: send };
}

/**
 * Express's default handler answers unparseable bodies with an HTML page and prints the error,
 * request body included, to stderr. Answer like Cognito does instead and log without the body.
 */
function errorHandler(err, req, res, _next) {
  const parseError = err?.type === "entity.parse.failed";
  const status = parseError ? 400 : (err?.status ?? 500);
  const type = parseError ? "SerializationException" : "InternalErrorException";
  req.log?.warn(`${type}: ${parseError ? "request body is not valid JSON" : err?.message}`);
  res.status(status).json({ __type: type, message: parseError ? "Request body is not valid JSON" : "Internal error" });
}

/** @type {import("./cognitoLocal.d.mts").startCognitoLocal} */
export async function startCognitoLocal(opts = {}) {
  const { port = 0, quiet = true, log } = opts;
  const logger = createLogger({ quiet, log });
  const ctx = { logger };
  const dataDir = await mkdtemp(join(tmpdir(), "cognito-local-"));

  try {
    const config = {
      ...DefaultConfig,
      TriggerFunctions: {},
      // cognito-local's default makes every pool use email as username; real Cognito pools
      // have no UsernameAttributes unless CreateUserPool asks for them.
      UserPoolDefaults: {},
      TokenConfig: { IssuerDomain: "" },
      ServerConfig: { port, hostname: "127.0.0.1", development: false, https: false },
    };
    const clock = new DateClock();
    const dataStoreFactory = new StormDBDataStoreFactory(dataDir);
    const cognito = await new CognitoServiceFactoryImpl(
      dataDir,
      dataStoreFactory,
      new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
    ).create(ctx, config.UserPoolDefaults);
    // No trigger is configured, so the Lambda client and KMS crypto service are never called.
    const triggers = new TriggersService(clock, cognito, new LambdaService({}, null), null);
    const services = {
      clock,
      cognito,
      config,
      messages: new MessagesService(triggers, new MessageDeliveryService(createMessageSender())),
      otp,
      tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
      triggers,
    };
    const app = createServer(Router(services), logger, config.ServerConfig, services);
    app.application.use(errorHandler);
    const server = await app.start();
    const address = server.address();
    const endpoint = `http://127.0.0.1:${address.port}`;
    // Read lazily by the token generator, so tokens carry the real issuer.
    config.TokenConfig.IssuerDomain = endpoint;

    let stopped;
    return {
      endpoint,
      dataDir,
      // Reads cognito-local's in-memory store (what ConfirmForgotPassword/ConfirmSignUp compare
      // against) with its own username lookup, so there is no race with its async file writes.
      async getConfirmationCode(userPoolId, username) {
        let pool;
        try {
          // Throws synchronously for an unknown id, hence try rather than .catch.
          pool = await cognito.getUserPool(ctx, userPoolId);
        } catch {
          throw new Error(`cognito-local: no user pool ${userPoolId}`);
        }
        const user = await pool.getUserByUsername(ctx, username);
        if (!user) throw new Error(`cognito-local: no user ${username} in ${userPoolId}`);
        return user.ConfirmationCode ?? undefined;
      },
      stop() {
        stopped ??= (async () => {
          await new Promise((resolve) => {
            server.close(() => resolve());
            // close() drops idle sockets itself but waits for requests still in flight or being
            // received (up to Node's request timeout, minutes).
            server.closeAllConnections();
          });
          await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
        })();
        return stopped;
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
