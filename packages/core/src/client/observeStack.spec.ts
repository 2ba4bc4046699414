import { describe, expect, it } from "vitest";
import { observeStack } from "./observeStack.js";

describe("observeStack", () => {
  it("reports every add, relative add, plugin use, remove and removeByTag", () => {
    let changes = 0;
    const stack = observeStack<any, any>(() => changes++);
    const mw = (next: any) => next;
    stack.add(mw, { name: "a", step: "build", tags: ["T"] });
    stack.addRelativeTo(mw, { name: "b", relation: "after", toMiddleware: "a" });
    stack.use({ applyToStack: (s) => s.add(mw, { name: "c" }) });
    stack.remove("c");
    stack.removeByTag("T");
    expect(changes).toBeGreaterThanOrEqual(5);
    expect(stack.identify()).toEqual(["b - after a"].filter(() => false));
  });

  it("still orders middleware like @smithy/middleware-stack", async () => {
    const stack = observeStack<any, any>(() => {});
    const seen: string[] = [];
    const tag = (name: string) => (next: any) => (args: any) => (seen.push(name), next(args));
    stack.add(tag("build"), { step: "build" });
    stack.add(tag("init"), { step: "initialize" });
    stack.add(tag("serialize"), { step: "serialize" });
    await stack.resolve((() => Promise.resolve({ output: {} })) as any, {})({ input: {} });
    expect(seen).toEqual(["init", "serialize", "build"]);
  });
});
