import { ForgotPasswordCommand, UserNotFoundException } from "@lithe/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { refusedPort } from "../../../core/test/http/httpTestKit.js";
import { fault, forgotPassword, ok, useFaultHarness, USERNAME } from "./support/faultHarness.js";
import { collectingLogger, consoleOutput, pinoLikeLogger, realConsole, throwingLogger } from "./support/logCollector.js";

// The logger plugin: one record per call, as one object, at a level that says who is at fault.
const h = useFaultHarness();

const REDACTED = "***SensitiveInformation***";
const DELIVERY = { CodeDeliveryDetails: { Destination: "f***@e***", DeliveryMedium: "EMAIL" } };

describe("logger plugin", () => {
  it("writes one info record per call, retries included: names, filtered input and output, metadata", async () => {
    const logger = collectingLogger();
    const calls = logger.calls;
    h.server.script(fault(503, "ServiceUnavailable"), ok(DELIVERY, { "x-amzn-requestid": "log-req-1" }));
    await h.succeeds(() => h.client({ logger }).send(forgotPassword()), 2_000);

    expect(calls).toHaveLength(1);
    const [{ level, args }] = calls as [{ level: string; args: unknown[] }];
    expect(level).toBe("info");
    expect(args).toHaveLength(1);
    expect(args[0]).toEqual({
      clientName: "CognitoIdentityProviderClient",
      commandName: "ForgotPasswordCommand",
      input: { ClientId: REDACTED, Username: REDACTED },
      output: DELIVERY,
      metadata: { httpStatusCode: 200, requestId: "log-req-1", attempts: 2, totalRetryDelay: expect.any(Number) },
    });
  });

  it("logs a client fault at warn with the error's name, message and metadata", async () => {
    const logger = collectingLogger();
    const calls = logger.calls;
    h.server.script(fault(400, "UserNotFoundException", { "x-amzn-requestid": "log-req-2" }, "User does not exist."));
    const error = await h.fails(() => h.client({ logger }).send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(UserNotFoundException);
    expect(calls.map((c) => c.level)).toEqual(["warn"]);
    expect(calls[0]!.args).toEqual([
      {
        clientName: "CognitoIdentityProviderClient",
        commandName: "ForgotPasswordCommand",
        input: { ClientId: REDACTED, Username: REDACTED },
        error: { name: "UserNotFoundException", message: "User does not exist.", $fault: "client" },
        metadata: { httpStatusCode: 400, requestId: "log-req-2", attempts: 1, totalRetryDelay: 0 },
      },
    ]);
  });

  it("logs server faults and transport failures at error, validation errors and aborts at warn", async () => {
    const logger = collectingLogger();
    const calls = logger.calls;
    const client = h.client({ logger, maxAttempts: 1 });
    h.server.script(fault(500, "InternalErrorException"));
    await h.fails(() => client.send(forgotPassword()), 1_000);
    const refused = h.client({ logger, maxAttempts: 1, endpoint: `http://127.0.0.1:${await refusedPort()}` });
    await h.fails(() => refused.send(forgotPassword()), 1_000);
    await h.fails(() => client.send(new ForgotPasswordCommand({ ClientId: "no spaces allowed", Username: "x" })), 1_000);
    const controller = new AbortController();
    controller.abort();
    await h.fails(() => client.send(forgotPassword(), { abortSignal: controller.signal }), 1_000);

    expect(calls.map((c) => [c.level, (c.args[0] as any).error.name])).toEqual([
      ["error", "InternalErrorException"],
      ["error", "NetworkError"],
      ["warn", "ValidationError"],
      ["warn", "AbortError"],
    ]);
    expect((calls[1]!.args[0] as any).metadata).toEqual({ attempts: 1, totalRetryDelay: 0 });
  });

  it("works with a pino-shaped logger that reads only the first argument", async () => {
    const logger = pinoLikeLogger();
    h.server.script(ok(DELIVERY), fault(400, "UserNotFoundException"));
    const client = h.client({ logger });
    await h.succeeds(() => client.send(forgotPassword()), 1_000);
    await h.fails(() => client.send(forgotPassword()), 1_000);
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines[0]).toMatchObject({ level: 30, commandName: "ForgotPasswordCommand", output: DELIVERY, metadata: { attempts: 1 } });
    expect(logger.lines[1]).toMatchObject({ level: 40, error: { name: "UserNotFoundException" }, metadata: { httpStatusCode: 400 } });
  });

  it("works with node's console, printing one record per call with values redacted", async () => {
    const before = consoleOutput().length;
    h.server.script(ok(DELIVERY), fault(400, "UserNotFoundException"));
    const client = h.client({ logger: realConsole() });
    await h.succeeds(() => client.send(forgotPassword()), 1_000);
    await h.fails(() => client.send(forgotPassword()), 1_000);
    const printed = consoleOutput().slice(before);
    expect(printed.match(/commandName: 'ForgotPasswordCommand'/g)).toHaveLength(2);
    expect(printed).toContain(`Username: '${REDACTED}'`);
    expect(printed).toContain("name: 'UserNotFoundException'");
    expect(printed).not.toContain(USERNAME);
  });

  it("a logger that throws never fails the call", async () => {
    const broken = throwingLogger();
    h.server.script(ok(DELIVERY), fault(400, "UserNotFoundException"));
    const client = h.client({ logger: broken });
    const output = await h.succeeds(() => client.send(forgotPassword()), 1_000);
    expect(output.CodeDeliveryDetails).toEqual(DELIVERY.CodeDeliveryDetails);
    const error = await h.fails(() => client.send(forgotPassword()), 1_000);
    expect(error).toBeInstanceOf(UserNotFoundException);
  });
});
