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

/**
 * The base of every generated client: resolves its config once, owns the client middleware stack,
 * and sends each command through a handler composed for that call, with a context of its own, from
 * the stack's middleware order, which is worked out once and kept until a stack changes.
 */
export class Client<C extends ClientConfig = ClientConfig> {
  readonly config: ResolvedClientConfig;
  readonly middlewareStack: MiddlewareStack<any, any>;
  #version = 0;
  /** The client stack's middleware, innermost first; dropped whenever the stack changes. */
  #order?: AnyMiddleware[];
  #contexts = new Map<OperationSchema, () => HandlerExecutionContext>();
  #terminal: (args: any) => Promise<any>;

  constructor(config: C, service: ServiceSchema) {
    this.config = resolveClientConfig(config, service);
    this.middlewareStack = observeStack(() => {
      this.#version++;
      this.#order = undefined;
    });
    for (const plugin of getDefaultPlugins(this.config)) this.middlewareStack.use(plugin);
    this.#terminal = terminalHandler(this.config);
  }

  send<I extends object, O extends MetadataBearer>(command: Command<I, O>, options?: CallOptions): Promise<O> {
    try {
      const order = this.#middleware(command);
      const context = this.#context(command.operation)();
      // What `stack.resolve(handler, context)` does, minus the sort: every middleware is applied
      // to this call's context, as in the AWS SDK.
      let handler: (args: any) => Promise<any> = this.#terminal;
      for (let i = 0; i < order.length; i++) handler = order[i]!(handler, context);
      const args = { input: command.input, [callOptions]: options };
      return handler(args).then(outputOf<O>);
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

  #middleware(command: Command<any, any>): AnyMiddleware[] {
    const own = command.ownStack;
    if (!own) return (this.#order ??= middlewareOrder(this.middlewareStack));
    // A command with its own middleware keeps its own order, valid while neither stack changes.
    const cached = command.cachedMiddleware;
    if (cached && cached.key === this && cached.version === own.version && cached.clientVersion === this.#version) {
      return cached.middleware;
    }
    const middleware = middlewareOrder(this.middlewareStack.concat(own.stack as MiddlewareStack<any, any>));
    command.cachedMiddleware = { key: this, version: own.version, clientVersion: this.#version, middleware };
    return middleware;
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
