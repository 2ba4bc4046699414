import { createServer, request as httpRequest, type IncomingMessage } from "node:http";

/**
 * cognito-local's ListUsers ignores `Limit` and `PaginationToken` and always answers every user in
 * one page. To page through real cognito-local data the way Cognito does, this loopback proxy
 * forwards every request to cognito-local and cuts ListUsers answers into pages: `Limit` users
 * each (default 60, Cognito's maximum), with an opaque `PaginationToken` to the next one.
 */
export interface PagingProxy {
  url: string;
  /** The ListUsers request bodies that reached the proxy, in order. */
  listUsersRequests: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

const readBody = (message: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on("data", (chunk: Buffer) => chunks.push(chunk));
    message.on("end", () => resolve(Buffer.concat(chunks)));
    message.on("error", reject);
  });

const forward = (target: URL, incoming: IncomingMessage, body: Buffer) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const { host: _host, ...headers } = incoming.headers;
    const outgoing = httpRequest(target, { method: incoming.method, headers, agent: false }, (response) => {
      readBody(response).then((data) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: data }), reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });

const tokenFor = (offset: number) => Buffer.from(`offset:${offset}`).toString("base64url");
const offsetOf = (token: unknown) => (typeof token === "string" ? Number(Buffer.from(token, "base64url").toString().split(":")[1]) : 0);

export const startListUsersPagingProxy = async (cognitoLocalEndpoint: string): Promise<PagingProxy> => {
  const listUsersRequests: Array<Record<string, unknown>> = [];
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const upstream = await forward(new URL(req.url ?? "/", cognitoLocalEndpoint), req, body);
      const isListUsers = String(req.headers["x-amz-target"]).endsWith(".ListUsers");
      if (!isListUsers || upstream.status !== 200) {
        res.writeHead(upstream.status, { "content-type": String(upstream.headers["content-type"]) }).end(upstream.body);
        return;
      }
      const input = JSON.parse(body.toString("utf8"));
      listUsersRequests.push(input);
      const all: unknown[] = JSON.parse(upstream.body.toString("utf8")).Users ?? [];
      const offset = offsetOf(input.PaginationToken);
      const limit = typeof input.Limit === "number" ? input.Limit : 60;
      const next = offset + limit;
      const page = { Users: all.slice(offset, next), ...(next < all.length ? { PaginationToken: tokenFor(next) } : {}) };
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" }).end(JSON.stringify(page));
    } catch {
      res.writeHead(502, { "content-type": "application/json" }).end(JSON.stringify({ __type: "ProxyError", message: "proxy failed" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    listUsersRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
