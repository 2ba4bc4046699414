import { constructStack } from "@smithy/middleware-stack";
import type { HandlerExecutionContext, MiddlewareStack } from "@smithy/types";

/** A middleware as a stack holds it: `(next, context) => handler`. */
export type AnyMiddleware = (next: any, context: HandlerExecutionContext) => any;

const noOpHandler = (() => undefined) as any;
const emptyContext = {} as HandlerExecutionContext;

/**
 * The middleware of `stack` in the order `stack.resolve()` applies them: innermost (closest to the
 * request handler) first. Composing them per call with `middleware[i](handler, context)` is what
 * `resolve` does, without sorting the entries every time.
 *
 * The order comes from `@smithy/middleware-stack` itself, so it is its semantics exactly (steps,
 * priorities, `before`/`after` relations, overrides, aliases, concat): the stack copies its entries
 * into a fresh stack whose entries only record themselves, and that stack is resolved once.
 */
export const middlewareOrder = (stack: MiddlewareStack<any, any>): AnyMiddleware[] => {
  const order: AnyMiddleware[] = [];
  const recorder = constructStack<any, any>();
  // The copied options carry the entry's `middleware` too, and they win over the first argument.
  const recording = (middleware: AnyMiddleware, options: object) => {
    const record: AnyMiddleware = (next) => (order.push(middleware), next);
    return [record, { ...options, middleware: record }] as [any, any];
  };
  const { add, addRelativeTo } = recorder;
  recorder.add = (middleware: any, options?: any) => add(...recording(middleware, options));
  recorder.addRelativeTo = (middleware: any, options: any) => addRelativeTo(...recording(middleware, options));
  // `applyToStack` of a stack is its `cloneTo`: every entry with its options, and identifyOnResolve,
  // which makes the recorder log the order when it is resolved (once per order, not per call).
  stack.applyToStack(recorder);
  recorder.resolve(noOpHandler, emptyContext);
  return order;
};
