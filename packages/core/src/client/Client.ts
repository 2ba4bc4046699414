import type {
  Command as SmithyCommand,
  Handler,
  HandlerExecutionContext,
  MetadataBearer,
  MiddlewareStack,
} from "@smithy/types";
import { filterSensitiveLog } from "../schema/filterSensitiveLog.js";
import type { OperationSchema } from "../schema/types.js";
import { callOptions, type CallOptions } from "./callOptions.js";
import type { Command } from "./Command.js";
import { getDefaultPlugins } from "./getDefaultPlugins.js";
import { observeStack } from "./observeStack.js";
import { resolveClientConfig } from "./resolveClientConfig.js";
import type { ClientConfig, ResolvedClientConfig, ServiceSchema } from "./types.js";

const outputOf = <O>(result: { output: O }): O => result.output;
const ignore = () => {};

/** The node-style callback of `send(command, callback)`, as in `@smithy/types`' `Client`. */
export type SendCallback<O> = (err: any, data?: O) => void;

/**
 * The base of every generated client: resolves its config once, owns the client middleware stack,
 * and sends commands through a handler that is resolved once per operation and cached until a
 * stack changes. `I` and `O` are the service's input and output unions, so that a generated client
 * is a `Client<ServiceInputTypes, ServiceOutputTypes, ResolvedConfig>` of `@smithy/types`
 * (what aws-sdk-client-mock's `mockClient` takes).
 */
export class Client<C extends ClientConfig = ClientConfig, I extends object = any, O extends MetadataBearer = any> {
  readonly config: ResolvedClientConfig;
  readonly middlewareStack: MiddlewareStack<I, O>;
  #version = 0;
  #handlers = new Map<OperationSchema, Handler<any, any>>();
  #contexts = new Map<OperationSchema, HandlerExecutionContext>();

  constructor(config: C, service: ServiceSchema) {
    this.config = resolveClientConfig(config, service);
    this.middlewareStack = observeStack(() => {
      this.#version++;
      this.#handlers.clear();
    });
    for (const plugin of getDefaultPlugins(this.config)) this.middlewareStack.use(plugin);
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
      const handler = this.#resolve(command as unknown as Command<any, any>);
      const args = { input: command.input, [callOptions]: options };
      output = handler(args as any).then(outputOf);
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

  #resolve<I extends object, O extends MetadataBearer>(command: Command<I, O>): Handler<I, O> {
    const operation = command.operation;
    const own = command.ownStack;
    if (!own) {
      let handler = this.#handlers.get(operation);
      if (!handler) {
        handler = command.resolveMiddleware(this.middlewareStack, this.config, this.#context(operation));
        this.#handlers.set(operation, handler);
      }
      return handler;
    }
    // A command with its own middleware keeps its own cache, valid while neither stack changes.
    const cached = command.cachedHandler;
    if (cached && cached.key === this && cached.version === own.version && cached.clientVersion === this.#version) {
      return cached.handler;
    }
    const handler = command.resolveMiddleware(this.middlewareStack, this.config, this.#context(operation));
    command.cachedHandler = { key: this, version: own.version, clientVersion: this.#version, handler };
    return handler;
  }

  /** The per-operation context: everything in it is the same for every call of the operation. */
  #context(operation: OperationSchema): HandlerExecutionContext {
    let context = this.#contexts.get(operation);
    if (!context) {
      const service = this.config.service;
      context = {
        logger: this.config.logger,
        clientName: service.clientName,
        commandName: `${operation.name}Command`,
        inputFilterSensitiveLog: (input: any) => filterSensitiveLog(operation.input, input),
        outputFilterSensitiveLog: (output: any) => filterSensitiveLog(operation.output, output),
        operation,
        service,
        // "__smithy_context" is @smithy/types SMITHY_CONTEXT_KEY, inlined to keep @smithy/types type-only.
        __smithy_context: { service: service.targetPrefix, operation: operation.name },
      } as HandlerExecutionContext;
      this.#contexts.set(operation, context);
    }
    return context;
  }
}
