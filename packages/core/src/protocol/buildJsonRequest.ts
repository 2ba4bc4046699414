import { HttpRequest } from "@smithy/protocol-http";
import { serializeJson } from "../schema/serializeJson.js";
import type { OperationSchema } from "../schema/types.js";
import type { ResolvedEndpoint } from "../plugins/resolveEndpointOnce.js";

/**
 * An awsJson1_1 request: POST to the endpoint's path with X-Amz-Target naming the operation.
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#protocol-behaviors
 */
export const buildJsonRequest = (
  endpoint: ResolvedEndpoint,
  targetPrefix: string,
  operation: OperationSchema,
  input: object,
): HttpRequest =>
  new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: "POST",
    path: endpoint.path,
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `${targetPrefix}.${operation.name}`,
      ...endpoint.headers,
    },
    body: serializeJson(operation.input, input),
  });
