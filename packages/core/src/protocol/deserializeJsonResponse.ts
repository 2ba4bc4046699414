import type { HttpResponse } from "@smithy/protocol-http";
import type { ServiceSchema } from "../client/types.js";
import type { ServiceException } from "../errors/ServiceException.js";
import { plainJson } from "../schema/plainJson.js";
import type { OperationSchema } from "../schema/types.js";
import { bodyExcerpt } from "./bodyExcerpt.js";
import { parseJsonText, readBodyText } from "./parseJsonBody.js";
import { resolveErrorCode } from "./resolveErrorCode.js";

/**
 * awsJson1_1 response → output, or a typed error thrown. Malformed bodies (HTML, empty, truncated,
 * not JSON) become the service's base exception carrying status and a short excerpt, never a
 * SyntaxError. https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 *
 * Synchronous (returns the output or throws) for the string and byte bodies lithe's handlers
 * return; a promise only for a stream that must be collected first. The deserializer middleware
 * calls it inside its `.then` callback, where a returned promise would cost three more microtasks
 * and promises per call.
 */
export const deserializeJsonResponse = (response: HttpResponse, operation: OperationSchema, service: ServiceSchema): object | Promise<object> => {
  const text = readBodyText(response.body);
  return typeof text === "string" ? fromText(response, text, operation, service) : text.then((body) => fromText(response, body, operation, service));
};

/** The output, or throws the typed error; synchronous, so byte bodies cost no promise. */
const fromText = (response: HttpResponse, text: string, operation: OperationSchema, service: ServiceSchema): object => {
  const status = response.statusCode;
  const parsed = parseJsonText(text);
  if (status >= 200 && status < 300) {
    if (typeof parsed === "object") {
      const output = (operation.codec ?? plainJson).deserialize(operation.output, parsed);
      output.$metadata = { httpStatusCode: status };
      return output;
    }
    throw malformed(service, response, "DeserializationError", "server", `could not parse the ${operation.name} response: ${parsed}`, text);
  }
  const body = typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
  const code = resolveErrorCode(response.headers, body);
  const fault = status >= 500 ? "server" : "client";
  if (!body) {
    throw malformed(service, response, code ?? "UnknownError", fault, `HTTP ${status} response with an unparseable body: ${parsed}`, text);
  }
  const message = errorMessage(body, response.headers);
  const schema = code ? operation.errors?.[code] : undefined;
  throw new service.ServiceException({
    ...(schema ? (operation.codec ?? plainJson).deserialize(schema, body) : membersOf(body)),
    name: code ?? "UnknownError",
    $fault: schema?.fault ?? fault,
    ...(schema?.retryable && { $retryable: schema.retryable }),
    message: message ?? (code ? `${code} (HTTP ${status})` : `HTTP ${status} error with no error code`),
    $metadata: { httpStatusCode: status },
    $response: response,
  });
};

/** An error body's members as the error's own properties, as the AWS SDK does; `__type` is the code. */
const membersOf = (body: Record<string, unknown>): Record<string, unknown> => {
  const members: Record<string, unknown> = {};
  for (const key in body) if (key !== "__type") members[key] = body[key];
  return members;
};

/** The service's message: `message` or `Message` in the body, else the `x-amzn-errormessage` header. */
const errorMessage = (body: Record<string, unknown>, headers: Record<string, string>): string | undefined => {
  const value = body.message ?? body.Message ?? body.errorMessage ?? headers["x-amzn-errormessage"];
  return typeof value === "string" ? value : undefined;
};

const malformed = (
  service: ServiceSchema,
  response: HttpResponse,
  name: string,
  fault: "client" | "server",
  reason: string,
  text: string,
): ServiceException => {
  const contentType = response.headers["content-type"];
  const error = new service.ServiceException({
    name,
    $fault: fault,
    message: `${reason} (HTTP ${response.statusCode}${contentType ? `, ${contentType}` : ""}): ${bodyExcerpt(text)}`,
    $metadata: { httpStatusCode: response.statusCode },
    $response: response,
  });
  // No $retryable here: whether a 5xx is retried is decided by its status (500/502/503/504), the
  // same for an HTML gateway page as for a JSON error body.
  return error;
};
