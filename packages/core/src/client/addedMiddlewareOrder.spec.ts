import { constructStack } from "@smithy/middleware-stack";
import type { Pluggable } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { testService } from "../../test/support/testService.js";
import { getCompressionPlugin } from "../plugins/getCompressionPlugin.js";
import { getHostPrefixPlugin } from "../plugins/getHostPrefixPlugin.js";
import { addedMiddlewareOrder, type AddedMiddleware } from "./addedMiddlewareOrder.js";
import { Client } from "./Client.js";
import { Command } from "./Command.js";
import { getDefaultPlugins } from "./getDefaultPlugins.js";
import { middlewareOrder } from "./middlewareOrder.js";
import { resolveClientConfig } from "./resolveClientConfig.js";
import type { ClientConfig, ServiceSchema } from "./types.js";

/** A stack with `plugins` applied, and every add/addRelativeTo call noted as the client notes its defaults. */
const applied = (plugins: Pluggable<any, any>[]) => {
  const stack = constructStack<any, any>();
  const added: AddedMiddleware[] = [];
  const noting = Object.assign(Object.create(stack), {
    add: (middleware: any, options: any = {}) => (added.push({ middleware, options, relative: false }), stack.add(middleware, options)),
    addRelativeTo: (middleware: any, options: any) => (added.push({ middleware, options, relative: true }), stack.addRelativeTo(middleware, options)),
  });
  for (const plugin of plugins) plugin.applyToStack(noting);
  return { stack, added };
};

const named = (name: string) => Object.assign((next: any) => next, { label: name });

describe("addedMiddlewareOrder", () => {
  const withTraitPlugins: ServiceSchema = testService({
    plugins: [(config) => getHostPrefixPlugin(config), (config) => getCompressionPlugin(config as any)],
  });
  const configs: [string, ClientConfig, ServiceSchema][] = [
    ["region only", { region: "us-east-1" }, testService()],
    ["no validation", { region: "us-east-1", validateInput: false }, testService()],
    ["adaptive retries, a logger, a secret", { region: "us-east-1", retryMode: "adaptive", logger: console, clientSecret: "s" }, testService()],
    ["credentials and a custom endpoint", { region: "eu-west-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, endpoint: "http://127.0.0.1:1" }, testService()],
    ["a service with @endpoint and @requestCompression plugins", { region: "us-east-1" }, withTraitPlugins],
  ];

  it.each(configs)("gives @smithy/middleware-stack's order for the default middleware: %s", (_, config, service) => {
    const { stack, added } = applied(getDefaultPlugins(resolveClientConfig(config, service)));
    const order = addedMiddlewareOrder(added);
    expect(order).toBeDefined();
    expect(order).toEqual(middlewareOrder(stack));
    expect(order).toHaveLength(added.length);
  });

  it("places several entries relative to one anchor as the stack does: before first-added first, after last-added first", () => {
    const { stack, added } = applied([
      {
        applyToStack: (s) => {
          s.add(named("deserialize"), { step: "deserialize", name: "deserialize" });
          s.addRelativeTo(named("after1"), { relation: "after", toMiddleware: "build", name: "after1" });
          s.add(named("build"), { step: "build", name: "build" });
          s.addRelativeTo(named("before1"), { relation: "before", toMiddleware: "build", name: "before1" });
          s.addRelativeTo(named("after2"), { relation: "after", toMiddleware: "build", name: "after2" });
          s.addRelativeTo(named("before2"), { relation: "before", toMiddleware: "build", name: "before2" });
          s.add(named("initLow"), { priority: "low", name: "initLow" });
          s.add(named("anonymousBuild"), { step: "build" });
          s.add(named("initHigh"), { priority: "high", name: "initHigh", aliases: ["initHighAlias"] });
          s.addRelativeTo(named("afterAlias"), { relation: "after", toMiddleware: "initHighAlias", name: "afterAlias" });
        },
      },
    ]);
    const labels = (list: any[] | undefined) => list?.map((m) => m.label);
    expect(labels(addedMiddlewareOrder(added))).toEqual(labels(middlewareOrder(stack)));
    expect(labels(addedMiddlewareOrder(added))).toEqual(["deserialize", "anonymousBuild", "after1", "after2", "build", "before2", "before1", "initLow", "afterAlias", "initHigh"]);
  });

  it("leaves what the defaults never use to the stack: overridden names or aliases, relations to relative entries, missing anchors", () => {
    const cases: AddedMiddleware[][] = [
      [
        { middleware: named("a"), options: { name: "a", aliases: ["b"] }, relative: false },
        { middleware: named("b"), options: { name: "b", override: true }, relative: false },
      ],
      [
        { middleware: named("a"), options: { name: "a" }, relative: false },
        { middleware: named("a2"), options: { name: "a", override: true }, relative: false },
      ],
      [
        { middleware: named("a"), options: { name: "a" }, relative: false },
        { middleware: named("b"), options: { name: "b", relation: "after", toMiddleware: "a" }, relative: true },
        { middleware: named("c"), options: { name: "c", relation: "after", toMiddleware: "b" }, relative: true },
      ],
      [{ middleware: named("b"), options: { name: "b", relation: "after", toMiddleware: "missing" }, relative: true }],
    ];
    for (const added of cases) expect(addedMiddlewareOrder(added)).toBeUndefined();
  });
});

describe("Client's middleware order", () => {
  const operation = { name: "Noop", input: { kind: "structure", name: "NoopInput", members: {} }, output: { kind: "structure", name: "NoopOutput", members: {} }, auth: "none" } as any;
  const client = () =>
    new Client(
      { region: "us-east-1", endpoint: "http://127.0.0.1:9", maxAttempts: 1, requestHandler: { handle: async () => Promise.reject(new Error("no network here")) } },
      testService(),
    );
  const printed = async (run: () => Promise<unknown>) => {
    const lines: string[] = [];
    const originalLog = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(" "));
    try {
      await run();
    } finally {
      console.log = originalLog;
    }
    return lines.join("\n");
  };

  it("a stack of only the defaults that is asked to identify itself still prints its entries when it first resolves", async () => {
    const defaultsOnly = client();
    defaultsOnly.middlewareStack.identifyOnResolve(true);
    const output = await printed(() => defaultsOnly.send(new Command({}, operation) as any).catch(() => undefined));
    expect(output).toMatch(/retryMiddleware - finalizeRequest/);
    expect(output).toMatch(/serializerMiddleware - serialize/);
  });

  it("comes from the stack once middleware is added, which then runs", async () => {
    const withTap = client();
    const log: string[] = [];
    withTap.middlewareStack.add((next) => (args) => (log.push("tap"), next(args)), { step: "build", name: "tap" });
    await withTap.send(new Command({}, operation) as any).catch(() => undefined);
    expect(log).toEqual(["tap"]);
  });
});
