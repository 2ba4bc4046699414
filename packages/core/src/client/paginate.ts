import type { MetadataBearer } from "@smithy/types";
import type { CallOptions } from "./callOptions.js";
import type { Command } from "./Command.js";

/** What a generated `paginate<Op>` function takes, as in the AWS SDK. */
export interface PaginationConfiguration {
  /** Any client that sends the operation's command (a generated client). */
  client: { send(command: Command<any, any>, options?: CallOptions): Promise<any> };
  /** Written into the operation's page-size member (e.g. `Limit`) of every request. */
  pageSize?: number;
  /** Resume from a token a previous pagination returned. */
  startingToken?: unknown;
}

/** The `@paginated` trait of one operation; `outputToken` may be a dotted path. */
export interface PaginationTokens {
  inputToken: string;
  outputToken: string;
  pageSize?: string;
  /**
   * The page size sent when the model requires the page-size member and neither `config.pageSize`
   * nor the input sets it: the member's `@range` maximum, so `paginateX({ client }, {})` works.
   */
  defaultPageSize?: number;
}

/**
 * Sends the command once per page, each time with the previous page's output token as input
 * token, and yields each output. Ends when a page has no token, an empty one, or the token it was
 * asked with (a service that repeats a token would otherwise loop forever).
 * https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 */
export async function* paginate<I extends object, O extends MetadataBearer>(
  config: PaginationConfiguration,
  input: I,
  CommandClass: new (input: I) => Command<I, O>,
  tokens: PaginationTokens,
): AsyncGenerator<O, undefined, undefined> {
  let token: unknown = config.startingToken ?? (input as Record<string, unknown>)[tokens.inputToken];
  for (;;) {
    const request: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    if (token !== undefined) request[tokens.inputToken] = token;
    if (tokens.pageSize) {
      if (config.pageSize !== undefined) request[tokens.pageSize] = config.pageSize;
      else if (request[tokens.pageSize] === undefined && tokens.defaultPageSize !== undefined) {
        request[tokens.pageSize] = tokens.defaultPageSize;
      }
    }
    const output: O = await config.client.send(new CommandClass(request as I));
    yield output;
    const next = readPath(output, tokens.outputToken);
    if (next === undefined || next === null || next === "" || next === token) return undefined;
    token = next;
  }
}

const readPath = (value: unknown, path: string): unknown => {
  let current = value;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
};
