// The loopback server: answers every request with the same ForgotPassword response, after reading
// the request body (as a real server would). Prints {"port"} and runs until its stdin closes.
import { createServer } from "node:http";
import { responseBody, responseHeaders } from "../lib/fixtures.mjs";

const headers = responseHeaders();
const server = createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => {
    res.writeHead(200, headers);
    res.end(responseBody);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.stdin.on("end", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
process.stdin.resume();
