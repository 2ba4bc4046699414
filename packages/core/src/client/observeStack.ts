import { constructStack } from "@smithy/middleware-stack";
import type { MiddlewareStack } from "@smithy/types";

const MUTATORS = ["add", "addRelativeTo", "use", "remove", "removeByTag"] as const;

/**
 * A `@smithy/middleware-stack` stack that calls `onChange` whenever an entry is added or removed,
 * so resolved handlers can be cached and dropped exactly when they go stale.
 * `use()` (and a stack passed to `use`, which copies itself in) funnels through `add`/`addRelativeTo`
 * on this same object; `concat()` and `clone()` build new stacks and change nothing here.
 */
export const observeStack = <I extends object, O extends object>(onChange: () => void): MiddlewareStack<I, O> => {
  const stack = constructStack<I, O>();
  for (const method of MUTATORS) {
    const original = (stack as any)[method];
    (stack as any)[method] = (...args: unknown[]) => {
      onChange();
      return original(...args);
    };
  }
  return stack;
};
