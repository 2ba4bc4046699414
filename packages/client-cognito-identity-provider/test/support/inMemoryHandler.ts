import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";

/** What a request handler was given, read before either client could change it further. */
export interface RecordedRequest {
  method: string;
  protocol: string;
  hostname: string;
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface CannedResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A request handler (the `requestHandler` both clients accept) that sends nothing: it records each
 * request and answers with the canned response set last. Both clients get a fresh body each time.
 */
export class InMemoryHandler {
  readonly requests: RecordedRequest[] = [];
  response: CannedResponse = { statusCode: 200, headers: {}, body: "{}" };

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const body = request.body;
    this.requests.push({
      method: request.method,
      protocol: request.protocol,
      hostname: request.hostname,
      path: request.path,
      headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value])),
      body: body === undefined || body === null ? "" : typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array),
    });
    const { statusCode, headers, body: text } = this.response;
    return { response: new HttpResponse({ statusCode, headers: { ...headers }, body: new TextEncoder().encode(text) }) };
  }
}
