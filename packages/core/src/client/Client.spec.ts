import { constructStack } from "@smithy/middleware-stack";
import { HttpResponse } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";
import { isServiceErrorNamed, ServiceException } from "../errors/ServiceException.js";
import type { OperationSchema, StructureSchema } from "../schema/types.js";
import { Client } from "./Client.js";
import { Command } from "./Command.js";
import { getDefaultPlugins } from "./getDefaultPlugins.js";
import { resolveClientConfig } from "./resolveClientConfig.js";
import { testService } from "../../test/support/testService.js";

// A two-member operation, enough to drive the whole default stack without a generated client.
class TestServiceException extends ServiceException {}
// As the generator writes error classes: matched by name, not imported by the operation.
class NotFound extends TestServiceException {
  constructor(options: any) {
    super({ ...options, name: "NotFound", $fault: "client" });
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isServiceErrorNamed(value, "NotFound");
  }
}
class Gone extends TestServiceException {
  constructor(options: any) {
    super({ ...options, name: "Gone", $fault: "client" });
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isServiceErrorNamed(value, "Gone");
  }
}
const EchoInput$: StructureSchema = {
  kind: "structure",
  name: "EchoInput",
  members: { Name: { target: "string", required: true, length: [1, 5] }, Secret: { target: "string", sensitive: true } },
};
const EchoOutput$: StructureSchema = { kind: "structure", name: "EchoOutput", members: { Greeting: { target: "string" } } };
const Echo$: OperationSchema = { name: "Echo", input: EchoInput$, output: EchoOutput$, auth: "none" };
class EchoCommand extends Command<{ Name?: string; Secret?: string }, { Greeting?: string; $metadata: any }> {
  constructor(input: { Name?: string; Secret?: string }) {
    super(input, Echo$);
  }
}
const service = testService({ packageVersion: "1.2.3", apiVersion: "2020-01-01", ServiceException: TestServiceException });

/** A request handler that answers from memory and records what it was given. */
const memoryHandler = (answer: (body: any) => { status: number; body: string; headers?: Record<string, string> }) => {
  const seen: { request: any; options: any }[] = [];
  return {
    seen,
    handle: async (request: any, options: any) => {
      seen.push({ request, options });
      const { status, body, headers } = answer(JSON.parse(request.body));
      return { response: new HttpResponse({ statusCode: status, headers: headers ?? {}, body: new TextEncoder().encode(body) }) };
    },
  };
};

const newClient = (handler: any, extra: object = {}) =>
  new Client({ endpoint: "https://test.example.com", region: "us-east-1", requestHandler: handler, ...extra }, service);

describe("Client", () => {
  it("sends an awsJson1_1 request through the default stack and returns the output with $metadata", async () => {
    const handler = memoryHandler((body) => ({ status: 200, body: JSON.stringify({ Greeting: `hi ${body.Name}` }), headers: { "x-amzn-requestid": "r-1" } }));
    const output = await newClient(handler).send(new EchoCommand({ Name: "ann" }));
    expect(output.Greeting).toBe("hi ann");
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "r-1", attempts: 1, totalRetryDelay: 0 });
    const request = handler.seen[0]!.request;
    expect(request.method).toBe("POST");
    expect(request.hostname).toBe("test.example.com");
    expect(request.path).toBe("/");
    expect(request.headers["x-amz-target"]).toBe("TestService.Echo");
    expect(request.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(request.headers["content-length"]).toBe(String(request.body.length));
    expect(request.headers["amz-sdk-request"]).toBe("attempt=1; max=3");
    expect(request.headers["amz-sdk-invocation-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.headers["user-agent"]).toMatch(/^lithe-js\/\S+ ua\/2\.1 os\/\S+ lang\/js md\/nodejs#\S+ api\/test#1\.2\.3$/);
    expect(request.headers["x-amz-user-agent"]).toBe(request.headers["user-agent"]);
  });

  it("throws an error code as the service base exception, matching its error class by name", async () => {
    const handler = memoryHandler(() => ({ status: 400, body: JSON.stringify({ __type: "ns#NotFound", message: "nope", Detail: "d" }) }));
    const error = await newClient(handler).send(new EchoCommand({ Name: "x" })).catch((e) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).not.toBeInstanceOf(Gone);
    expect(new Gone({})).not.toBeInstanceOf(NotFound);
    expect(error).toMatchObject({ name: "NotFound", $fault: "client", message: "nope", Detail: "d", $metadata: { httpStatusCode: 400, attempts: 1 } });
    expect(error).not.toHaveProperty("__type");
  });

  it("rejects invalid input before anything is sent, naming every member", async () => {
    const handler = memoryHandler(() => ({ status: 200, body: "{}" }));
    const error = await newClient(handler).send(new EchoCommand({ Name: "too long" })).catch((e) => e);
    expect(error.name).toBe("ValidationError");
    expect(error.message).toContain("Name");
    expect(handler.seen).toHaveLength(0);
    await newClient(handler, { validateInput: false }).send(new EchoCommand({ Name: "too long" }));
    expect(handler.seen).toHaveLength(1);
  });

  it("passes per-call options to the request handler through the cached handler", async () => {
    const handler = memoryHandler(() => ({ status: 200, body: "{}" }));
    const client = newClient(handler);
    const signal = new AbortController().signal;
    await client.send(new EchoCommand({ Name: "a" }), { requestTimeout: 1234, abortSignal: signal });
    await client.send(new EchoCommand({ Name: "b" }));
    expect(handler.seen[0]!.options).toMatchObject({ requestTimeout: 1234, abortSignal: signal });
    expect(handler.seen[1]!.options.requestTimeout).toBeUndefined();
  });

  it("gives any request handler the client's timeouts, and never the client secret or trace ID", async () => {
    const handler = memoryHandler(() => ({ status: 200, body: "{}" }));
    const client = newClient(handler, { requestTimeout: 900, connectionTimeout: 300 });
    await client.send(new EchoCommand({ Name: "a" }));
    await client.send(new EchoCommand({ Name: "b" }), { clientSecret: "top-secret", traceId: "Root=1", connectionTimeout: 50 });
    expect(handler.seen[0]!.options).toMatchObject({ requestTimeout: 900, connectionTimeout: 300 });
    expect(handler.seen[1]!.options).toMatchObject({ requestTimeout: 900, connectionTimeout: 50 });
    expect(JSON.stringify(handler.seen[1]!.options)).not.toContain("top-secret");
    expect(JSON.stringify(handler.seen[1]!.options)).not.toContain("Root=1");
  });

  it("accepts Smithy's older { aborted, onabort } abort signal through retries and the handler", async () => {
    const legacy: { aborted: boolean; onabort: (() => void) | null; reason?: unknown } = { aborted: false, onabort: null };
    const handler = {
      handle: (_request: any, options: any) =>
        new Promise<never>((_resolve, reject) => {
          expect(options.abortSignal).toBe(legacy);
          setTimeout(() => {
            legacy.aborted = true;
            legacy.onabort?.();
            setTimeout(() => reject(new Error("the handler ignored the abort")), 50);
          }, 5);
        }),
    };
    const error = await newClient(handler).send(new EchoCommand({ Name: "a" }), { abortSignal: legacy as any }).catch((e) => e);
    expect(error.name).toBe("AbortError");
    expect(error.$metadata.attempts).toBe(1);
  });

  it("applies a command's own middleware after the client's, for that command only", async () => {
    const handler = memoryHandler(() => ({ status: 200, body: "{}" }));
    const client = newClient(handler);
    const command = new EchoCommand({ Name: "a" });
    command.middlewareStack.add(
      (next) => (args: any) => {
        args.request.headers["x-command"] = "1";
        return next(args);
      },
      { step: "build", name: "commandOnly" },
    );
    await client.send(command);
    await client.send(new EchoCommand({ Name: "a" }));
    expect(handler.seen[0]!.request.headers["x-command"]).toBe("1");
    expect(handler.seen[1]!.request.headers["x-command"]).toBeUndefined();
  });

  it("lets a user remove or override any default middleware by name", async () => {
    const handler = memoryHandler(() => ({ status: 200, body: "{}" }));
    const client = newClient(handler);
    expect(client.middlewareStack.remove("getUserAgentMiddleware")).toBe(true);
    client.middlewareStack.add((next) => (args: any) => next(args), {
      step: "build",
      name: "invocationIdMiddleware",
      override: true,
    });
    await client.send(new EchoCommand({ Name: "a" }));
    expect(handler.seen[0]!.request.headers["user-agent"]).toBeUndefined();
    expect(handler.seen[0]!.request.headers["amz-sdk-invocation-id"]).toBeUndefined();
  });

  it("keeps a frozen copy of the input", () => {
    const input = { Name: "a" };
    const command = new EchoCommand(input);
    input.Name = "changed";
    expect(command.input.Name).toBe("a");
    expect(Object.isFrozen(command.input)).toBe(true);
  });

  it("gives the handler context the names and filters middleware expect", async () => {
    const handler = memoryHandler(() => ({ status: 200, body: JSON.stringify({ Greeting: "g" }) }));
    const client = newClient(handler);
    let seen: any;
    client.middlewareStack.add((next, context) => ((seen = context), next), { step: "initialize", name: "peek" });
    await client.send(new EchoCommand({ Name: "a", Secret: "hunter2" }));
    expect(seen.clientName).toBe("TestClient");
    expect(seen.commandName).toBe("EchoCommand");
    expect(seen.inputFilterSensitiveLog({ Name: "a", Secret: "hunter2" })).toEqual({ Name: "a", Secret: "***SensitiveInformation***" });
    expect(seen.outputFilterSensitiveLog({ Greeting: "g" })).toEqual({ Greeting: "g" });
  });
});

describe("Client's middleware stack, made on first access", () => {
  const ok = () => memoryHandler((body) => ({ status: 200, body: JSON.stringify({ Greeting: `hi ${body.Name}` }) }));

  it("holds the defaults as a stack the plugins were applied to would, in the same order, whether a call came first or not", async () => {
    const direct = constructStack<any, any>();
    for (const plugin of getDefaultPlugins(resolveClientConfig({ region: "us-east-1" }, service))) plugin.applyToStack(direct);
    const fresh = newClient(ok());
    const afterACall = newClient(ok());
    await afterACall.send(new EchoCommand({ Name: "ann" }));
    expect(fresh.middlewareStack.identify()).toEqual(direct.identify());
    expect(afterACall.middlewareStack.identify()).toEqual(direct.identify());
    expect(fresh.middlewareStack).toBe(fresh.middlewareStack);
  });

  it("runs middleware added after calls were made, and stops running a default removed by name", async () => {
    const handler = memoryHandler(() => ({ status: 500, body: "{}" }));
    const client = newClient(handler);
    await client.send(new EchoCommand({ Name: "ann" })).catch(() => undefined);
    expect(handler.seen).toHaveLength(3); // retried: the default retry middleware ran

    const seen: string[] = [];
    client.middlewareStack.add((next) => (args) => (seen.push("tap"), next(args)), { step: "initialize", name: "tap" });
    client.middlewareStack.remove("retryMiddleware");
    await client.send(new EchoCommand({ Name: "bob" })).catch(() => undefined);
    expect(seen).toEqual(["tap"]);
    expect(handler.seen).toHaveLength(4); // one attempt: no retries without the retry middleware
  });

  it("sends through the defaults, once, when the stack was only looked at, not changed", async () => {
    const handler = ok();
    const client = newClient(handler);
    expect(client.middlewareStack.identify()).toContain("retryMiddleware - finalizeRequest");
    const output = await client.send(new EchoCommand({ Name: "cy" }));
    expect(output.Greeting).toBe("hi cy");
    expect(output.$metadata.attempts).toBe(1);
  });
});
