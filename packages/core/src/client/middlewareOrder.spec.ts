import { constructStack } from "@smithy/middleware-stack";
import { describe, expect, it } from "vitest";
import { middlewareOrder } from "./middlewareOrder.js";

/** A middleware that names itself: records its name when a stack applies it. */
const named = (name: string, applied: string[]) => {
  const middleware = (next: any) => (applied.push(name), next);
  return Object.assign(middleware, { label: name });
};

const labels = (stack: any) => middlewareOrder(stack).map((m: any) => m.label);

describe("middlewareOrder", () => {
  it("lists the middleware in the order stack.resolve applies them: steps, priorities, relations, overrides, aliases, concat", () => {
    const applied: string[] = [];
    const m = (name: string) => named(name, applied);
    const stack = constructStack<any, any>();
    stack.add(m("deserialize"), { step: "deserialize", name: "deserialize" });
    stack.add(m("initLow"), { step: "initialize", priority: "low", name: "initLow" });
    stack.add(m("build"), { step: "build", name: "build" });
    stack.add(m("initHigh"), { step: "initialize", priority: "high", name: "initHigh" });
    stack.add(m("finalize"), { step: "finalizeRequest", name: "finalize", aliases: ["finalizeAlias"] });
    stack.add(m("serialize"), { step: "serialize", name: "serialize" });
    stack.addRelativeTo(m("beforeSerialize"), { relation: "before", toMiddleware: "serialize", name: "beforeSerialize" });
    stack.addRelativeTo(m("afterBuild"), { relation: "after", toMiddleware: "build", name: "afterBuild" });
    stack.add(m("build2"), { step: "build", name: "build", override: true });
    stack.add(m("anonymous"), { step: "build" });
    stack.remove("finalizeAlias");
    const commandStack = constructStack<any, any>();
    commandStack.add(m("command"), { step: "initialize", name: "command" });
    const concatenated = stack.concat(commandStack);

    concatenated.resolve((() => undefined) as any, {} as any);
    const resolved = applied.splice(0);
    expect(labels(concatenated)).toEqual(resolved);
    // Innermost first: within a step and priority, what was added later sits closer to the handler.
    expect(resolved).toEqual(["deserialize", "anonymous", "afterBuild", "build2", "serialize", "beforeSerialize", "initLow", "command", "initHigh"]);
    expect(applied).toEqual([]); // listing the order applies none of them
  });

  it("throws as stack.resolve does when a relative middleware's anchor is missing", () => {
    const stack = constructStack<any, any>();
    stack.addRelativeTo(named("orphan", []), { relation: "after", toMiddleware: "missing", name: "orphan" });
    expect(() => stack.resolve((() => undefined) as any, {} as any)).toThrow(/missing is not found/);
    expect(() => middlewareOrder(stack)).toThrow(/missing is not found/);
  });
});
