import type { CognitoIdentityProviderClient } from "@lithe/client-cognito-identity-provider";

/** One request as it left lithe (after signing) and the status it got back. */
export interface LoggedRequest {
  /** The operation, from X-Amz-Target. */
  operation: string;
  headers: Record<string, string>;
  body: any;
  /** The HTTP status, or undefined when no response came (transport error). */
  status?: number;
}

/**
 * Records every request a client sends, as it goes to the HTTP handler, so tests can check what
 * cognito-local never looks at (SecretHash, signatures) and which operations were sent.
 * Added to the deserialize step: below signing and retry, so one entry per attempt, signed.
 * Pass the same `log` to several clients to record them all in one place.
 */
export const logRequests = (client: CognitoIdentityProviderClient, log: LoggedRequest[] = []): LoggedRequest[] => {
  client.middlewareStack.add(
    (next) => async (args: any) => {
      const request = args.request;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers as Record<string, string>)) headers[name.toLowerCase()] = value;
      const entry: LoggedRequest = {
        operation: (headers["x-amz-target"] ?? "").split(".").pop()!,
        headers,
        body: typeof request.body === "string" ? JSON.parse(request.body) : request.body,
      };
      log.push(entry);
      const result: any = await next(args).catch((error: any) => {
        entry.status = error?.$metadata?.httpStatusCode;
        throw error;
      });
      entry.status = result.response?.statusCode;
      return result;
    },
    { step: "deserialize", name: "testRequestLog", priority: "low" },
  );
  return log;
};
