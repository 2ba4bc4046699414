import type { HttpRequest } from "@smithy/protocol-http";

/**
 * Runtime schemas: the generator writes one plain object per model shape (built on first use), and
 * the generic serializer, deserializer, validator and sensitive-log filter in this folder walk them.
 * Keeping the per-shape code as data (not functions) is what keeps generated clients small.
 * Shape kinds follow Smithy 2.0: https://smithy.io/2.0/spec/simple-types.html
 */

/**
 * Simple shapes whose JSON form is the value itself: string (and enum), boolean, and every integer
 * kind (byte, short, integer, long, intEnum). The other simple kinds are `Codec`s.
 */
export type SimpleKind = "string" | "boolean" | "integer";

/**
 * A member target: a kind string, a codec, or a thunk for an aggregate shape (so recursive shapes
 * and declaration order never matter). Generated clients pass their `X$` functions, which build the
 * schema on first call and return that same object after (plans are keyed by it).
 */
export type SchemaRef = SimpleKind | Codec | (() => AggregateSchema);

/**
 * A simple kind whose JSON form needs converting: timestamp, blob, float (NaN/Infinity), bigInteger,
 * bigDecimal, document (`schema/codecs/`). Generated schemas import the codecs they reference from
 * @lithe/core, so an app bundles only the conversions its shapes use, as it bundles `sigv4` only
 * with signed commands. Every function gets a value that is neither null nor undefined, and
 * returns undefined when that value cannot be of this kind.
 */
export interface Codec {
  /** The Smithy kind, for messages ("cannot serialize a string as timestamp"). */
  readonly kind: string;
  /** What `check` accepts, for validation messages ("must be … (got string)"). */
  readonly expected: string;
  /** The JSON text of an input value. */
  write(value: unknown, member: MemberSchema): string | undefined;
  /**
   * The output value for a value from JSON.parse. A JSON type the kind does not use is returned
   * as it is (as the official SDK does); undefined means the right JSON type with unreadable
   * content. Absent: every value is used as it is.
   */
  read?(value: unknown, member: MemberSchema): unknown;
  /** Validates an input value: what its `@range` (or, for blobs, `@length` in bytes) applies to. */
  check(value: unknown): number | bigint | undefined;
}

export type AggregateSchema = StructureSchema | ListSchema | MapSchema | UnionSchema;

/** `@timestampFormat` values; awsJson1_1 defaults to epoch-seconds. */
export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

/**
 * A member (of a structure, union, list or map) with the constraint traits merged from the member
 * and its target (member traits win), as Smithy prescribes for constraint traits.
 */
export interface MemberSchema {
  target: SchemaRef;
  /** `@required` */
  required?: true;
  /** `@sensitive` on the member or its target shape: never logged, never echoed in errors. */
  sensitive?: true;
  /** @length: [min, max], either may be null. Counts code points for strings, entries for lists/maps, bytes for blobs. */
  length?: readonly [number | null, number | null];
  /**
   * @pattern: an ECMA-262 regex source, matched unanchored with the `u` flag; or the source and its
   * ASCII twin, computed by the generator for a source with `\p{…}` / `\P{…}` escapes: each class
   * holding one replaced by the ASCII characters it matches. The twin matches only strings the
   * source matches and decides every all-ASCII string as the source does, without the cost of
   * compiling Unicode property sets; the source is compiled only for a string that is not all ASCII
   * and fails the twin. (A pair rather than a second property: one more member shape makes V8's
   * property loads in the validator polymorphic, which costs more per call than the twin saves.)
   */
  pattern?: string | readonly [source: string, asciiTwin: string];
  /** @range: [min, max], either may be null. */
  range?: readonly [number | null, number | null];
  /** @timestampFormat, for timestamp targets. */
  timestampFormat?: TimestampFormat;
}

export interface StructureSchema {
  kind: "structure";
  /** The shape's name without namespace, e.g. "ForgotPasswordRequest". */
  name: string;
  /**
   * Members in model order. The serializer writes `@required` members first, then the rest, each in
   * model order: that is the official SDK's schema order, and so gives byte-identical bodies.
   */
  members: Readonly<Record<string, MemberSchema>>;
}

export interface UnionSchema {
  kind: "union";
  name: string;
  members: Readonly<Record<string, MemberSchema>>;
}

export interface ListSchema {
  kind: "list";
  name: string;
  member: MemberSchema;
  /** @sparse: null entries are kept. */
  sparse?: true;
}

export interface MapSchema {
  kind: "map";
  name: string;
  key: MemberSchema;
  value: MemberSchema;
  /** @sparse: null values are kept. */
  sparse?: true;
}

/** An error shape: the structure plus what the error trait says. */
export interface ErrorSchema extends StructureSchema {
  /** smithy.api#error */
  fault: "client" | "server";
  /** smithy.api#httpError, when present. */
  httpStatus?: number;
  /** smithy.api#retryable, when present. */
  retryable?: { throttling?: boolean };
}

/** Everything the runtime needs to know about one operation. */
export interface OperationSchema {
  /** The operation shape name, used in X-Amz-Target and as `commandName` without "Command". */
  name: string;
  input: StructureSchema;
  output: StructureSchema;
  /**
   * Error code → schema, only for the declared errors the generic path would get wrong: members that
   * need conversion (timestamps, blobs, …), @retryable, or a fault its HTTP status does not tell.
   * Every other error is thrown as the service's base exception named after its code, with the body's
   * members copied; the generated error classes match those by name (`instanceof`), so an app bundles
   * only the error classes it imports.
   */
  errors?: Readonly<Record<string, ErrorSchema>>;
  /**
   * The scheme that signs the operation (`sigv4` from @lithe/core), or "none" for `smithy.api#auth: []` /
   * `@optionalAuth` operations (the user-facing Cognito calls such as ForgotPassword). An object
   * rather than a name, so that signing code is only bundled into apps that use a signed command.
   */
  auth: AuthScheme | "none";
  /**
   * How input and output (and listed errors) go to and from JSON. Absent: `plainJson`, for shapes that
   * hold only strings, booleans, integers, lists, maps and structures (most Cognito operations); it
   * throws a TypeError on a codec or union member. The generator sets `convertingJson` for operations
   * that need it, so the larger walkers are bundled only with them.
   */
  codec?: JsonCodec;
  /**
   * `smithy.api#endpoint`'s hostPrefix, e.g. `hostPrefix("foo.{label}.")` from @lithe/core: prepended
   * to the endpoint's hostname, each `{name}` filled from the `@hostLabel` input member of that name
   * (plugins/getHostPrefixPlugin.ts). An object, not the template alone, so that only commands with
   * the trait bundle the code that fills and checks labels.
   */
  hostPrefix?: HostPrefix;
  /**
   * `smithy.api#requestCompression`: the first encoding lithe supports (`gzip` from @lithe/core),
   * imported only by generated commands that have the trait, so no other bundle carries compression.
   */
  requestCompression?: RequestCompression;
}

/** An `@endpoint` host prefix (protocol/hostPrefix.ts). */
export interface HostPrefix {
  /** The trait's template, e.g. "foo.{label}.". */
  readonly template: string;
  /** The prefix for this input; throws a ValidationError for a missing or invalid label. */
  resolve(input: Record<string, unknown>, operation: OperationSchema): string;
}

/** A request body compression, applied by plugins/getCompressionPlugin.ts (see compression/gzip.ts). */
export interface RequestCompression {
  /** The Content-Encoding token, e.g. "gzip". */
  readonly encoding: string;
  /**
   * Compresses the request's body in place, and appends `encoding` to its Content-Encoding, when the
   * body is at least `minSize` bytes; leaves smaller bodies (and bodies that are not bytes or text) alone.
   */
  compress(request: HttpRequest, minSize: number): Promise<void>;
}

/** The body codec of an operation: `plainJson` or `convertingJson`. */
export interface JsonCodec {
  /** The JSON body for `input` (see serializeJson). */
  serialize(schema: StructureSchema, input: object): string;
  /** The output or error object from a parsed body (see deserializeJson). */
  deserialize(schema: StructureSchema | ErrorSchema, parsed: unknown): Record<string, unknown>;
}

/**
 * How an operation's requests are signed, e.g. SigV4 (`packages/core/src/auth/sigv4.ts`). The signing
 * middleware needs the wider `SigningAuthScheme` (plugins/getSigningPlugin.ts), whose `send` runs the
 * whole per-request procedure around `sign`.
 */
export interface AuthScheme {
  /** The Smithy auth trait id, e.g. "aws.auth#sigv4". */
  readonly id: string;
  /** Returns a signed copy of the request. */
  sign(request: HttpRequest, options: AuthSchemeSignOptions): Promise<HttpRequest>;
}

export interface AuthSchemeSignOptions {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region: string;
  service: string;
  signingDate?: Date;
  applyChecksum?: boolean;
}

