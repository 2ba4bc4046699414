import { HttpRequest } from "@smithy/protocol-http";
import { plainJson } from "../schema/plainJson.js";
import type { OperationSchema } from "../schema/types.js";
import type { ResolvedEndpoint } from "../plugins/resolveEndpointOnce.js";

const CONTENT_TYPE = "application/x-amz-json-1.1";

/**
 * An awsJson1_1 request: POST to the endpoint's path + "/" (`https://example.com/custom` → `/custom/`,
 * as the AWS SDK sends it) with X-Amz-Target naming the operation.
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#protocol-behaviors
 * `target` is `xAmzTarget(...)`, computed once per operation by the caller.
 */
export const buildJsonRequest = (endpoint: ResolvedEndpoint, target: string, operation: OperationSchema, input: object): HttpRequest => {
  const headers: Record<string, string> = { "content-type": CONTENT_TYPE, "x-amz-target": target };
  const endpointHeaders = endpoint.headers;
  const base = endpoint.path;
  for (const name in endpointHeaders) headers[name] = endpointHeaders[name]!;
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: "POST",
    path: base.endsWith("/") ? base : `${base}/`,
    headers,
    body: (operation.codec ?? plainJson).serialize(operation.input, input),
  });
};

/** The X-Amz-Target header value: `<service target prefix>.<operation name>`. */
export const xAmzTarget = (targetPrefix: string, operation: OperationSchema): string => `${targetPrefix}.${operation.name}`;
