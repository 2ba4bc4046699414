import { HttpResponse } from "@smithy/protocol-http";
import type { HandlerExecutionContext } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { testService } from "../../test/support/testService.js";
import type { OperationSchema, StructureSchema } from "../schema/types.js";
import { Client } from "./Client.js";
import { Command } from "./Command.js";

// Per-call handler contexts, as the AWS SDK gives them: middleware may keep per-call state there.
const EchoInput$: StructureSchema = {
  kind: "structure",
  name: "EchoInput",
  members: { Name: { target: "string", required: true }, Secret: { target: "string", sensitive: true } },
};
const EchoOutput$: StructureSchema = { kind: "structure", name: "EchoOutput", members: { Greeting: { target: "string" } } };
const Echo$: OperationSchema = { name: "Echo", input: EchoInput$, output: EchoOutput$, auth: "none" };
class EchoCommand extends Command<{ Name?: string; Secret?: string }, { Greeting?: string; $metadata: any }> {
  constructor(input: { Name?: string; Secret?: string }) {
    super(input, Echo$);
  }
}

/** Answers each request after `delayOf(name)` ms, so that concurrent calls finish out of order. */
const delayedHandler = (delayOf: (name: string) => number = () => 0) => {
  const seen: any[] = [];
  return {
    seen,
    handle: async (request: any) => {
      seen.push(request);
      const { Name } = JSON.parse(request.body);
      await new Promise((resolve) => setTimeout(resolve, delayOf(Name)));
      const body = new TextEncoder().encode(JSON.stringify({ Greeting: `hi ${Name}` }));
      return { response: new HttpResponse({ statusCode: 200, headers: {}, body }) };
    },
  };
};

const logger = { debug() {}, info() {}, warn() {}, error() {} };
const newClient = (handler: any) =>
  new Client({ endpoint: "https://test.example.com", region: "us-east-1", requestHandler: handler, logger }, testService());

/** A tracing middleware as users write them: state on the context before the call, read after it. */
const tracing = (read: { name: string; traced: unknown; context: HandlerExecutionContext }[]) => (next: any, context: any) => async (args: any) => {
  context.trace = args.input.Name;
  const result = await next(args);
  read.push({ name: args.input.Name, traced: context.trace, context });
  return result;
};

const names = Array.from({ length: 50 }, (_, i) => `user${i}`);
// The first call answers last: every call is still pending while the later ones start and finish.
const reversed = (name: string) => 50 - Number(name.slice(4));

describe("Client handler context", () => {
  it("gives each of 50 concurrent calls its own context, where middleware keeps per-call state", async () => {
    const client = newClient(delayedHandler(reversed));
    const read: Parameters<typeof tracing>[0] = [];
    client.middlewareStack.add(tracing(read), { step: "initialize", name: "tracing" });
    const outputs = await Promise.all(names.map((Name) => client.send(new EchoCommand({ Name }))));
    expect(outputs.map((o) => o.Greeting)).toEqual(names.map((name) => `hi ${name}`));
    expect(read.at(-1)!.name).toBe("user0"); // the first call finished last: they all overlapped
    for (const { name, traced } of read) expect(traced).toBe(name);
    expect(new Set(read.map((r) => r.context)).size).toBe(50);
  });

  it("gives a command's own middleware a context per call as well", async () => {
    const client = newClient(delayedHandler(reversed));
    const read: Parameters<typeof tracing>[0] = [];
    const commands = names.slice(0, 10).map((Name) => {
      const command = new EchoCommand({ Name });
      command.middlewareStack.add(tracing(read), { step: "build", name: "tracing" });
      return command;
    });
    await Promise.all(commands.map((command) => client.send(command)));
    expect(read).toHaveLength(10);
    for (const { name, traced } of read) expect(traced).toBe(name);
  });

  it("carries the per-operation constants on every call's context, computed once", async () => {
    const client = newClient(delayedHandler());
    const contexts: any[] = [];
    client.middlewareStack.add((next, context) => ((contexts.push(context), next)), { step: "build", name: "peek" });
    await client.send(new EchoCommand({ Name: "a" }));
    await client.send(new EchoCommand({ Name: "b", Secret: "hunter2" }));
    const [first, second] = contexts;
    expect(first).not.toBe(second);
    for (const context of contexts) {
      expect(context).toMatchObject({ clientName: "TestClient", commandName: "EchoCommand", logger, operation: Echo$ });
      expect(context.service.targetPrefix).toBe("TestService");
      expect(context.__smithy_context).toEqual({ service: "TestService", operation: "Echo" });
      expect(context.endpointV2.url).toBe("https://test.example.com/"); // set by the endpoint middleware on this call's context
      expect(context.inputFilterSensitiveLog({ Name: "b", Secret: "hunter2" })).toEqual({ Name: "b", Secret: "***SensitiveInformation***" });
    }
    expect(second.inputFilterSensitiveLog).toBe(first.inputFilterSensitiveLog);
    expect(second.outputFilterSensitiveLog).toBe(first.outputFilterSensitiveLog);
    expect(second.__smithy_context).not.toBe(first.__smithy_context);
  });

  it("gives a fresh context per call once a default middleware is overridden", async () => {
    const client = newClient(delayedHandler());
    const contexts: unknown[] = [];
    client.middlewareStack.add((next, context) => ((contexts.push(context), next)), {
      step: "build",
      priority: "low",
      name: "getUserAgentMiddleware",
      override: true,
    });
    await client.send(new EchoCommand({ Name: "a" }));
    await client.send(new EchoCommand({ Name: "a" }));
    expect(contexts).toHaveLength(2);
    expect(contexts[0]).not.toBe(contexts[1]);
  });

  it("sorts the stack once, applies its middleware to every call, and sorts again only after a stack changes", async () => {
    const handler = delayedHandler();
    const client = newClient(handler);
    let sorts = 0;
    const applyToStack = client.middlewareStack.applyToStack;
    client.middlewareStack.applyToStack = (stack) => (sorts++, applyToStack(stack));
    let applied = 0;
    client.middlewareStack.add((next) => (applied++, next), { step: "build", name: "counter" });
    for (let i = 0; i < 5; i++) await client.send(new EchoCommand({ Name: "a" }));
    expect([sorts, applied]).toEqual([1, 5]);

    const header = (value: string) => (next: any) => (args: any) => ((args.request.headers["x-late"] = value), next(args));
    client.middlewareStack.use({ applyToStack: (stack) => stack.add(header("client"), { step: "build", name: "late" }) });
    await client.send(new EchoCommand({ Name: "a" }));
    expect(handler.seen.at(-1).headers["x-late"]).toBe("client");
    client.middlewareStack.remove("late");
    await client.send(new EchoCommand({ Name: "a" }));
    expect(handler.seen.at(-1).headers["x-late"]).toBeUndefined();
    client.middlewareStack.addRelativeTo(header("relative"), { relation: "after", toMiddleware: "counter", name: "late" });
    await client.send(new EchoCommand({ Name: "a" }));
    expect(handler.seen.at(-1).headers["x-late"]).toBe("relative");
    client.middlewareStack.removeByTag("nothing-has-it");
    await client.send(new EchoCommand({ Name: "a" }));
    expect(sorts).toBe(5);
  });

  it("drops a command's order when its own stack or the client's changes", async () => {
    const handler = delayedHandler();
    const client = newClient(handler);
    const header = (name: string) => (next: any) => (args: any) => ((args.request.headers[name] = "1"), next(args));
    const command = new EchoCommand({ Name: "a" });
    command.middlewareStack.add(header("x-command"), { step: "build", name: "commandHeader" });
    await client.send(command);
    expect(handler.seen.at(-1).headers["x-command"]).toBe("1");

    client.middlewareStack.add(header("x-client"), { step: "build", name: "clientHeader" });
    await client.send(command);
    expect(handler.seen.at(-1).headers).toMatchObject({ "x-command": "1", "x-client": "1" });

    command.middlewareStack.remove("commandHeader");
    await client.send(command);
    expect(handler.seen.at(-1).headers["x-command"]).toBeUndefined();
    expect(handler.seen.at(-1).headers["x-client"]).toBe("1");

    client.middlewareStack.remove("clientHeader");
    await client.send(command);
    expect(handler.seen.at(-1).headers["x-client"]).toBeUndefined();
  });
});
