import type { Command as SmithyCommand, HandlerExecutionContext, MetadataBearer, MiddlewareStack } from "@smithy/types";
import { isFilterSensitiveLogLoaded, loadFilterSensitiveLog } from "../schema/loadFilterSensitiveLog.js";
import type { OperationSchema } from "../schema/types.js";
import { addedMiddlewareOrder, type AddedMiddleware } from "./addedMiddlewareOrder.js";
import { callOptions, type CallOptions } from "./callOptions.js";
import { terminalHandler, type Command } from "./Command.js";
import { getDefaultPlugins } from "./getDefaultPlugins.js";
import { middlewareOrder, type AnyMiddleware } from "./middlewareOrder.js";
import { observeStack } from "./observeStack.js";
import { operationContext } from "./operationContext.js";
import { resolveClientConfig } from "./resolveClientConfig.js";
import type { ClientConfig, ResolvedClientConfig, ServiceSchema } from "./types.js";

const outputOf = <O>(result: { output: O }): O => result.output;
const ignore = () => {};

/** The node-style callback of `send(command, callback)`, as in `@smithy/types`' `Client`. */
export type SendCallback<O> = (err: any, data?: O) => void;

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
 * the stack's middleware order, which is worked out once and kept until a stack changes. `I` and `O`
 * are the service's input and output unions, so that a generated client is a
 * `Client<ServiceInputTypes, ServiceOutputTypes, ResolvedConfig>` of `@smithy/types` (what
 * aws-sdk-client-mock's `mockClient` takes).
 *
 * One exception, which nothing can observe: while the stack holds only lithe's default middleware,
 * which keep no per-call state on the context and read only its per-operation constants, the handler
 * is composed once per operation with one context. Any other middleware (added to the client or the
 * command, or overriding a default) switches to composing per call, with a fresh context each time.
 */
export class Client<C extends ClientConfig = ClientConfig, I extends object = any, O extends MetadataBearer = any> {
  readonly config: ResolvedClientConfig;
  #stack?: MiddlewareStack<I, O>;
  #version = 0;
  /** The client stack's middleware, innermost first; dropped whenever the stack changes. */
  #order?: MiddlewareOrder;
  /** Handlers composed once per operation, only while the stack holds only lithe's defaults. */
  #handlers = new Map<OperationSchema, Handler>();
  #contexts = new Map<OperationSchema, () => HandlerExecutionContext>();
  #terminal: Handler;
  /** The defaults as they were added, and the stack's version once they are in it. */
  #added: readonly AddedMiddleware[];
  #defaultsVersion = 0;

  constructor(config: C, service: ServiceSchema) {
    this.config = resolveClientConfig(config, service);
    // The default plugins add their middleware to a list, not yet to a stack: the stack is built
    // from that list when something first asks for it (`middlewareStack`), which a client that only
    // sends never does. In Node that spares a cold start the stack's construction and 13 `add`s
    // (~0.5 ms, measured) and a client the stack's memory.
    const added: AddedMiddleware[] = [];
    const noting = {
      add: (middleware: AnyMiddleware, options: any = {}) => void added.push({ middleware, options, relative: false }),
      addRelativeTo: (middleware: AnyMiddleware, options: any) => void added.push({ middleware, options, relative: true }),
    } as unknown as MiddlewareStack<any, any>; // lithe's plugins only add: anything else would throw here
    for (const plugin of getDefaultPlugins(this.config)) plugin.applyToStack(noting);
    this.#added = added;
    this.#terminal = terminalHandler(this.config);
  }

  /**
   * The client's `@smithy/middleware-stack` stack, holding lithe's defaults under their names until
   * changed. Made on first access, with the defaults added as the plugins added them.
   */
  get middlewareStack(): MiddlewareStack<I, O> {
    if (!this.#stack) {
      const stack = observeStack<I, O>(() => {
        this.#version++;
        this.#order = undefined;
        this.#handlers.clear();
      });
      for (const { middleware, options, relative } of this.#added) {
        if (relative) stack.addRelativeTo(middleware as any, options as any);
        else stack.add(middleware as any, options as any);
      }
      this.#defaultsVersion = this.#version;
      this.#stack = stack;
    }
    return this.#stack;
  }

  // The overloads of the AWS SDK's Client.send; the command type is @smithy/types' so that the
  // class satisfies that package's `Client` interface. The callback forms come first: listed after
  // the promise form, TypeScript would type an inline callback's parameters as `any`.
  send<In extends I, Out extends O>(command: SmithyCommand<I, In, O, Out, ResolvedClientConfig>, callback: SendCallback<Out>): void;
  send<In extends I, Out extends O>(
    command: SmithyCommand<I, In, O, Out, ResolvedClientConfig>,
    options: CallOptions | undefined,
    callback: SendCallback<Out>,
  ): void;
  send<In extends I, Out extends O>(command: SmithyCommand<I, In, O, Out, ResolvedClientConfig>, options?: CallOptions): Promise<Out>;
  send(command: SmithyCommand<I, any, O, any, any>, optionsOrCallback?: CallOptions | SendCallback<any>, callback?: SendCallback<any>): Promise<any> | void {
    const options = typeof optionsOrCallback === "function" ? undefined : optionsOrCallback;
    const done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    let output: Promise<any>;
    try {
      const args = { input: command.input, [callOptions]: options };
      output = this.#handler(command as unknown as Command<any, any>)(args).then(outputOf);
    } catch (error) {
      // A middleware that throws instead of rejecting still fails the call through the promise, so
      // middleware need no `async` (a promise layer per call) just to turn throws into rejections.
      output = Promise.reject(error);
    }
    if (!done) return output;
    // As the AWS SDK does: (null, output) or (error), and whatever the callback throws is dropped.
    output.then((data) => done(null, data), (error) => done(error)).catch(ignore);
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
    // Middleware the client did not add may read the context's sensitive-log filters (as the AWS
    // SDK's logger does), so they are loaded before the first call through such middleware. If the
    // load fails the call goes on: until it succeeds, the filters hide objects as a whole.
    if (isFilterSensitiveLogLoaded()) return compose(order.middleware, this.#terminal, this.#context(operation)());
    return (args) => loadFilterSensitiveLog().catch(ignore).then(() => compose(order.middleware, this.#terminal, this.#context(operation)())(args));
  }

  #middleware(command: Command<any, any>): MiddlewareOrder {
    const own = command.ownStack;
    if (!own) return (this.#order ??= this.#clientOrder());
    // A command with its own middleware keeps its own order, valid while neither stack changes.
    const cached = command.cachedMiddleware;
    if (cached && cached.key === this && cached.version === own.version && cached.clientVersion === this.#version) {
      return cached.order as MiddlewareOrder;
    }
    const order = this.#orderOf(this.middlewareStack.concat(own.stack as MiddlewareStack<any, any>));
    command.cachedMiddleware = { key: this, version: own.version, clientVersion: this.#version, order };
    return order;
  }

  /**
   * The client stack's order. While nothing was added to or removed from it since the constructor,
   * it holds just the defaults, whose order is worked out from how they were added; otherwise (or
   * when the stack should print its entries as it resolves) from the stack itself.
   */
  #clientOrder(): MiddlewareOrder {
    // A stack nobody has asked for cannot have been changed, nor told to identify itself.
    if (this.#version === this.#defaultsVersion && !this.#stack?.identifyOnResolve()) {
      const middleware = addedMiddlewareOrder(this.#added);
      if (middleware) return { middleware, defaultsOnly: true };
    }
    return this.#orderOf(this.middlewareStack);
  }

  #orderOf(stack: MiddlewareStack<any, any>): MiddlewareOrder {
    const middleware = middlewareOrder(stack);
    return { middleware, defaultsOnly: middleware.every((m) => this.#added.some((entry) => entry.middleware === m)) };
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
