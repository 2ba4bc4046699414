export type { NodeHttpHandlerOptions } from "./NodeHttpHandler.node.js";

/** Browser builds get this twin: node:http does not exist there, FetchHttpHandler does the job. */
export class NodeHttpHandler {
  static create(): never {
    throw unavailable();
  }

  constructor(_options?: unknown) {
    throw unavailable();
  }
}

const unavailable = (): Error =>
  new Error("NodeHttpHandler needs Node.js (node:http) and is not available in browsers; use FetchHttpHandler instead");
