import { T } from "./model/ast.js";
import type { Operation, Shape } from "./model/ShapeGraph.js";

/** What an operation's traits make the generated command, its TSDoc and the client do. */
export interface OperationFacts {
  /** "none" for operations callable without AWS credentials. */
  readonly auth: "none" | "sigv4";
  /** `@endpoint`'s hostPrefix, `{label}`s included. */
  readonly hostPrefix?: string;
  /** The @lithe/core compression the request body gets, by its export name. */
  readonly compression?: string;
}

export function operationFacts(op: Operation, service: Shape): OperationFacts {
  const hostPrefix = hostPrefixOf(op);
  const compression = compressionOf(op);
  return {
    auth: authOf(op, service),
    ...(hostPrefix !== undefined ? { hostPrefix } : {}),
    ...(compression !== undefined ? { compression } : {}),
  };
}

/**
 * "none" for `@optionalAuth`, an `@auth` list without SigV4 (Cognito's `@auth([])`), or a service
 * that has no SigV4 trait at all.
 * https://smithy.io/2.0/spec/authentication-traits.html#auth-trait
 */
const authOf = (op: Operation, service: Shape): "none" | "sigv4" => {
  if (op.shape.traits[T.optionalAuth] !== undefined) return "none";
  const listed = op.shape.traits[T.auth] ?? service.traits[T.auth];
  if (Array.isArray(listed)) return listed.includes(T.sigv4) ? "sigv4" : "none";
  return service.traits[T.sigv4] !== undefined ? "sigv4" : "none";
};

/**
 * Every `{label}` must name an input member with `@hostLabel`, whose value the runtime puts there
 * (protocol/hostPrefix.ts). https://smithy.io/2.0/spec/endpoint-traits.html#endpoint-trait
 */
const hostPrefixOf = (op: Operation): string | undefined => {
  const prefix = (op.shape.traits[T.endpoint] as { hostPrefix?: string } | undefined)?.hostPrefix;
  if (prefix === undefined) return undefined;
  for (const [, label] of prefix.matchAll(/\{([^}]*)\}/g)) {
    const member = op.input?.members.find((m) => m.name === label);
    if (!member || member.traits[T.hostLabel] === undefined) {
      throw new Error(`${op.name}: hostPrefix label {${label}} is not an input member with @hostLabel`);
    }
  }
  return prefix;
};

/** The compressions lithe has, by `@requestCompression` encoding, as @lithe/core exports them. */
const COMPRESSIONS: Readonly<Record<string, string>> = { gzip: "gzip" };

/**
 * The first `@requestCompression` encoding lithe supports, in the model's order of preference; other
 * encodings are skipped, as the trait allows. https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait
 */
const compressionOf = (op: Operation): string | undefined => {
  const encodings = (op.shape.traits[T.requestCompression] as { encodings?: string[] } | undefined)?.encodings ?? [];
  return encodings.map((e) => COMPRESSIONS[e.toLowerCase()]).find((c) => c !== undefined);
};
