/**
 * The Smithy JSON AST, as much of it as the generator reads.
 * https://smithy.io/2.0/spec/json-ast.html
 */

export type Traits = Readonly<Record<string, unknown>>;

export interface AstRef {
  target: string;
}

export interface AstMember extends AstRef {
  traits?: Traits;
}

export interface AstShape {
  type: string;
  traits?: Traits;
  /** structure, union, enum, intEnum */
  members?: Readonly<Record<string, AstMember>>;
  /** list, set */
  member?: AstMember;
  /** map */
  key?: AstMember;
  value?: AstMember;
  mixins?: readonly AstRef[];
  /** operation */
  input?: AstRef;
  output?: AstRef;
  errors?: readonly AstRef[];
  /** service, resource */
  version?: string;
  operations?: readonly AstRef[];
  resources?: readonly AstRef[];
  /** resource lifecycle operations */
  create?: AstRef;
  put?: AstRef;
  read?: AstRef;
  update?: AstRef;
  delete?: AstRef;
  list?: AstRef;
  collectionOperations?: readonly AstRef[];
}

export interface AstModel {
  smithy: string;
  metadata?: Readonly<Record<string, unknown>>;
  shapes: Readonly<Record<string, AstShape>>;
}

/** Trait ids the generator reads. */
export const T = {
  required: "smithy.api#required",
  default: "smithy.api#default",
  sensitive: "smithy.api#sensitive",
  length: "smithy.api#length",
  pattern: "smithy.api#pattern",
  range: "smithy.api#range",
  timestampFormat: "smithy.api#timestampFormat",
  sparse: "smithy.api#sparse",
  enumValue: "smithy.api#enumValue",
  enum: "smithy.api#enum",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  retryable: "smithy.api#retryable",
  paginated: "smithy.api#paginated",
  auth: "smithy.api#auth",
  optionalAuth: "smithy.api#optionalAuth",
  deprecated: "smithy.api#deprecated",
  mixin: "smithy.api#mixin",
  unitType: "smithy.api#unitType",
  endpoint: "smithy.api#endpoint",
  hostLabel: "smithy.api#hostLabel",
  requestCompression: "smithy.api#requestCompression",
  awsService: "aws.api#service",
  sigv4: "aws.auth#sigv4",
  awsJson1_1: "aws.protocols#awsJson1_1",
  endpointRuleSet: "smithy.rules#endpointRuleSet",
} as const;
