/**
 * Per-call options ride on the handler arguments under this symbol, because while a stack holds only
 * lithe's defaults one composed handler (and its HandlerExecutionContext) serves every call of an
 * operation, concurrent ones included (see docs/architecture.md). Object spread
 * (`{ ...args, request }`) copies symbol keys, so middleware written for the AWS SDK keeps them.
 */
export const callOptions: unique symbol = Symbol.for("lithe.callOptions") as any;

export interface CallOptions {
  /** Cancels the call: pending attempt, backoff wait and all. */
  abortSignal?: AbortSignal;
  /** Milliseconds one attempt may take, from send to the last byte of the response. */
  requestTimeout?: number;
  /** Milliseconds to establish a connection (Node handler). */
  connectionTimeout?: number;
  /** X-Amzn-Trace-Id for recursion detection; wins over `_X_AMZN_TRACE_ID` in the environment. */
  traceId?: string;
  /** App client secret for this call only; wins over the client's `clientSecret`. */
  clientSecret?: string;
}

/** Reads the call options off handler arguments, tolerating middleware that dropped them. */
export const getCallOptions = (args: object): CallOptions => (args as any)[callOptions] ?? EMPTY;

const EMPTY: CallOptions = Object.freeze({});
