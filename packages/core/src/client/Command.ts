import type { Handler, HandlerExecutionContext, MetadataBearer, MiddlewareStack } from "@smithy/types";
import type { OperationSchema } from "../schema/types.js";
import { getCallOptions } from "./callOptions.js";
import { observeStack } from "./observeStack.js";

/**
 * One operation call: a frozen copy of its input, the operation's schema, and (only if asked for)
 * its own middleware stack. Commands are cheap to create; the handler they run is cached by the client.
 */
export class Command<I extends object, O extends MetadataBearer> {
  readonly input: I;
  readonly operation: OperationSchema;
  #stack?: MiddlewareStack<I, O>;
  /** Bumped when this command's own stack changes; the client keys its per-command cache on it. */
  #version = 0;
  /** @internal middleware order cache for commands with their own middleware, owned by Client. */
  cachedMiddleware?: { key: object; version: number; clientVersion: number; order: unknown };

  constructor(input: I | undefined, operation: OperationSchema) {
    this.input = Object.freeze(copyOf(input));
    this.operation = operation;
  }

  /** The command's own middleware, applied after the client's; created on first access. */
  get middlewareStack(): MiddlewareStack<I, O> {
    return (this.#stack ??= observeStack<I, O>(() => void this.#version++));
  }

  /** @internal */
  get ownStack(): { stack: MiddlewareStack<I, O>; version: number } | undefined {
    return this.#stack && { stack: this.#stack, version: this.#version };
  }

  /**
   * AWS SDK compatible: composes the client stack with this command's stack and resolves it.
   * lithe's Client does the same per call without sorting the stack each time; this method always
   * resolves afresh.
   */
  resolveMiddleware(
    clientStack: MiddlewareStack<any, any>,
    configuration: TransportConfig,
    context: HandlerExecutionContext,
  ): Handler<I, O> {
    const stack: MiddlewareStack<any, any> = this.#stack ? clientStack.concat(this.#stack as MiddlewareStack<any, any>) : clientStack;
    return stack.resolve(terminalHandler(configuration) as any, context) as Handler<I, O>;
  }
}

interface TransportConfig {
  requestHandler: { handle(request: any, options?: any): Promise<{ response: unknown }> };
  requestTimeout?: number;
  connectionTimeout?: number;
}

/**
 * @internal The innermost handler: hands the finished request to the HTTP handler. It gets only the transport
 * options (never the client secret or trace ID), and the client's timeouts apply to any handler, not
 * just the default one.
 */
export const terminalHandler = ({ requestHandler, requestTimeout, connectionTimeout }: TransportConfig) => {
  const defaults = { requestTimeout, connectionTimeout };
  return (args: { request: unknown }): Promise<{ response: unknown; output?: any }> => {
    const call = getCallOptions(args);
    const options =
      call.abortSignal === undefined && call.requestTimeout === undefined && call.connectionTimeout === undefined
        ? defaults
        : {
            abortSignal: call.abortSignal,
            requestTimeout: call.requestTimeout ?? requestTimeout,
            connectionTimeout: call.connectionTimeout ?? connectionTimeout,
          };
    // `{ response }` goes up as is, as in the AWS SDK: the deserializer adds `output`.
    return requestHandler.handle(args.request, options);
  };
};

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The shallow copy a command freezes. Freezing a spread copy of a fresh object literal takes ~270 ns
 * in Node 20 (V8 makes a new map each time), a copy made by `Object.assign` ~60 ns. An own
 * `__proto__` key (JSON.parse makes those) would go through the prototype setter, so such inputs
 * are spread.
 */
const copyOf = <I>(input: I | undefined): I =>
  input != null && hasOwn.call(input, "__proto__") ? { ...input } : Object.assign({}, input);
