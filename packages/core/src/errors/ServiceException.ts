import type { HttpResponse } from "@smithy/protocol-http";

/** Response metadata every output and every service error carries, as in the AWS SDK. */
export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}

export interface RetryableTrait {
  readonly throttling?: boolean;
}

export interface ServiceExceptionOptions {
  name: string;
  $fault: "client" | "server";
  message?: string;
  $metadata?: ResponseMetadata;
  $retryable?: RetryableTrait;
  $response?: HttpResponse;
  [member: string]: unknown;
}

/**
 * Base of every error a service answers with. Generated clients extend it once per service
 * (`CognitoIdentityProviderServiceException`) and once per error shape.
 */
export class ServiceException extends Error {
  override name: string;
  readonly $fault: "client" | "server";
  $metadata: ResponseMetadata;
  $retryable?: RetryableTrait;
  /** The raw response; non-enumerable so that logging an error never dumps a body. */
  declare $response?: HttpResponse;

  constructor(options: ServiceExceptionOptions) {
    const { name, $fault, message, $metadata, $retryable, $response, ...members } = options;
    super(message ?? name);
    this.name = name;
    this.$fault = $fault;
    this.$metadata = $metadata ?? {};
    if ($retryable) this.$retryable = $retryable;
    Object.defineProperty(this, "$response", { value: $response, writable: true, configurable: true });
    // Extra members modelled on the error shape (e.g. `reasonCode`) become own properties.
    for (const key in members) if (key !== "__proto__" && key !== "constructor") (this as any)[key] = members[key];
    // Keeps `instanceof` right when compiled to ES5-style classes by a consumer's toolchain.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** Lets `instanceof` work across copies of the package (e.g. CJS and ESM both loaded). */
  static override [Symbol.hasInstance](instance: unknown): boolean {
    return (
      super[Symbol.hasInstance](instance) ||
      (this === ServiceException &&
        instance instanceof Error &&
        typeof (instance as ServiceException).$fault === "string" &&
        typeof (instance as ServiceException).$metadata === "object")
    );
  }
}

/**
 * `instanceof` for a generated error class. lithe throws a modelled error as the service's base
 * exception named after its error code, so that a bundle carries only the error classes the app
 * imports; `err instanceof UserNotFoundException` then asks this: a service error with that name.
 */
export const isServiceErrorNamed = (value: unknown, name: string): boolean =>
  value instanceof ServiceException && value.name === name;
