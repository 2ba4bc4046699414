import type { HandlerExecutionContext, MetadataBearer, MiddlewareStack } from "@smithy/types";
import type { OperationSchema } from "../schema/types.js";
import { callOptions, type CallOptions } from "./callOptions.js";
import { terminalHandler, type Command } from "./Command.js";
import { getDefaultPlugins } from "./getDefaultPlugins.js";
import { middlewareOrder, type AnyMiddleware } from "./middlewareOrder.js";
import { observeStack } from "./observeStack.js";
import { operationContext } from "./operationContext.js";
import { resolveClientConfig } from "./resolveClientConfig.js";
import type { ClientConfig, ResolvedClientConfig, ServiceSchema } from "./types.js";

const outputOf = <O>(result: { output: O }): O => result.output;

type Handler = (args: any) => Promise<any>;
interface MiddlewareOrder {
  middleware: AnyMiddleware[];
  /** Only lithe's default middleware: nothing keeps per-call state on the context. */
  defaultsOnly: boolean;
}

/** What `stack.resolve(handler, context)` does, without sorting the stack again. */
const compose = (middleware: AnyMiddleware[], handler: Handler, context: HandlerExecutionContext): Handler => {
  for (let i = 0; i < middleware.length; i++) handler = middleware[i]!(handler, context);
  return handler;
};

/**
 * The base of every generated client: resolves its config once, owns the client middleware stack,
 * and sends each command through a handler composed with a context of its own for that call, from
 * the stack's middleware order, which is worked out once and kept until a stack changes.
 *
 * One exception, which nothing can observe: while the stack holds only lithe's default middleware,
 * which keep no per-call state on the context and read only its per-operation constants, the handler
 * is composed once per operation with one context. Any other middleware (added to the client or the
 * command, or overriding a default) switches to composing per call, with a fresh context each time.
 */
export class Client<C extends ClientConfig = ClientConfig> {
  readonly config: ResolvedClientConfig;
  readonly middlewareStack: MiddlewareStack<any, any>;
  #version = 0;
  /** The client stack's middleware, innermost first; dropped whenever the stack changes. */
  #order?: MiddlewareOrder;
  /** Handlers composed once per operation, only while the stack holds only lithe's defaults. */
  #handlers = new Map<OperationSchema, Handler>();
  #contexts = new Map<OperationSchema, () => HandlerExecutionContext>();
  #terminal: Handler;
  #defaults: readonly AnyMiddleware[];

  constructor(config: C, service: ServiceSchema) {
    this.config = resolveClientConfig(config, service);
    this.middlewareStack = observeStack(() => {
      this.#version++;
      this.#order = undefined;
      this.#handlers.clear();
    });
    // The defaults are noted as they are added (no sorting here: a client may never send).
    const defaults: AnyMiddleware[] = [];
    const stack = this.middlewareStack;
    const noting = Object.assign(Object.create(stack), {
      add: (middleware: AnyMiddleware, options: any) => (defaults.push(middleware), stack.add(middleware as any, options)),
      addRelativeTo: (middleware: AnyMiddleware, options: any) => (defaults.push(middleware), stack.addRelativeTo(middleware as any, options)),
    });
    for (const plugin of getDefaultPlugins(this.config)) plugin.applyToStack(noting);
    this.#defaults = defaults;
    this.#terminal = terminalHandler(this.config);
  }

  send<I extends object, O extends MetadataBearer>(command: Command<I, O>, options?: CallOptions): Promise<O> {
    try {
      const args = { input: command.input, [callOptions]: options };
      return this.#handler(command)(args).then(outputOf<O>);
    } catch (error) {
      // A middleware that throws instead of rejecting still fails the call through the promise, so
      // middleware need no `async` (a promise layer per call) just to turn throws into rejections.
      return Promise.reject(error);
    }
  }

  /** Frees the HTTP handler's sockets; the client must not be used afterwards. */
  destroy(): void {
    this.config.requestHandler.destroy?.();
  }

  #handler(command: Command<any, any>): Handler {
    const operation = command.operation;
    const order = this.#middleware(command);
    // Only the client stack's order: the handlers are cached per operation, not per command.
    if (order.defaultsOnly && order === this.#order) {
      let handler = this.#handlers.get(operation);
      if (!handler) {
        handler = compose(order.middleware, this.#terminal, this.#context(operation)());
        this.#handlers.set(operation, handler);
      }
      return handler;
    }
    return compose(order.middleware, this.#terminal, this.#context(operation)());
  }

  #middleware(command: Command<any, any>): MiddlewareOrder {
    const own = command.ownStack;
    if (!own) return (this.#order ??= this.#orderOf(this.middlewareStack));
    // A command with its own middleware keeps its own order, valid while neither stack changes.
    const cached = command.cachedMiddleware;
    if (cached && cached.key === this && cached.version === own.version && cached.clientVersion === this.#version) {
      return cached.order as MiddlewareOrder;
    }
    const order = this.#orderOf(this.middlewareStack.concat(own.stack as MiddlewareStack<any, any>));
    command.cachedMiddleware = { key: this, version: own.version, clientVersion: this.#version, order };
    return order;
  }

  #orderOf(stack: MiddlewareStack<any, any>): MiddlewareOrder {
    const middleware = middlewareOrder(stack);
    return { middleware, defaultsOnly: middleware.every((m) => this.#defaults.includes(m)) };
  }

  /** Makes the context for one call of the operation; its per-operation part is computed once. */
  #context(operation: OperationSchema): () => HandlerExecutionContext {
    let context = this.#contexts.get(operation);
    if (!context) {
      context = operationContext(this.config, operation);
      this.#contexts.set(operation, context);
    }
    return context;
  }
}
