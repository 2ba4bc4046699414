import { Agent, request } from "node:http";
import { release } from "node:os";
import { input } from "./fixtures.mjs";

/**
 * The ceiling: the bytes lithe puts on the wire for ForgotPassword, sent with bare node:http over a
 * keep-alive agent (50 sockets, as both SDKs use), the response body read in full and nothing else.
 */
export const rawCall = async (endpoint) => {
  const url = new URL(endpoint);
  const body = Buffer.from(JSON.stringify(input));
  const userAgent = `lithe-js/0.1.0 ua/2.1 os/${process.platform}#${release()} lang/js md/nodejs#${process.versions.node} api/cognito-identity-provider#0.1.0`;
  const headers = {
    "content-type": "application/x-amz-json-1.1",
    "x-amz-target": "AWSCognitoIdentityProviderService.ForgotPassword",
    "content-length": String(body.length),
    "amz-sdk-invocation-id": "b1bd1d45-cbc8-4d55-a1a8-6a3f1e8f3a0e",
    "x-amz-user-agent": userAgent,
    "user-agent": userAgent,
    "amz-sdk-request": "attempt=1; max=3",
  };
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const options = { agent, host: url.hostname, port: url.port, method: "POST", path: "/", headers };
  const call = () =>
    new Promise((resolve, reject) => {
      const req = request(options, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => resolve(Buffer.concat(chunks)));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
};
