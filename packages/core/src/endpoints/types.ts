/**
 * Endpoint rule sets as data, the shape of the `smithy.rules#endpointRuleSet` trait.
 * https://smithy.io/2.0/additional-specs/rules-engine/specification.html
 */

/** Parameter values by name (`Region`, `UseFIPS`, …). Unset parameters may be left out or undefined. */
export type EndpointParams = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

export interface EndpointParameter {
  /** "String" | "Boolean" | "StringArray" (the spec also allows lower-case spellings). */
  type: string;
  required?: boolean;
  default?: string | boolean | readonly string[];
  builtIn?: string;
  documentation?: string;
  deprecated?: { message?: string; since?: string };
}

export interface Reference {
  ref: string;
}

export interface FunctionCall {
  fn: string;
  argv: readonly Expression[];
}

/** A string is a template (`"https://{Region}.{PartitionResult#dnsSuffix}"`). */
export type Expression = string | boolean | number | readonly Expression[] | Reference | FunctionCall;

export interface Condition extends FunctionCall {
  assign?: string;
}

export interface EndpointObject {
  url: Expression;
  headers?: Readonly<Record<string, readonly Expression[]>>;
  /** Arbitrarily nested maps, arrays, booleans and template strings (no references or functions). */
  properties?: Readonly<Record<string, unknown>>;
}

interface RuleBase {
  /** May be left out when empty. */
  conditions?: readonly Condition[];
  documentation?: string;
}

export interface EndpointRule extends RuleBase {
  type: "endpoint";
  endpoint: EndpointObject;
}

export interface ErrorRule extends RuleBase {
  type: "error";
  error: Expression;
}

export interface TreeRule extends RuleBase {
  type: "tree";
  rules: readonly Rule[];
}

export type Rule = EndpointRule | ErrorRule | TreeRule;

/**
 * A library function. The evaluator has `isSet`, `not`, `booleanEquals`, `stringEquals`, `getAttr` and
 * `aws.partition` built in; any other function a rule set calls must be in its `functions` table, so a
 * bundle only carries the functions its rule set uses.
 */
export type EndpointFunction = (...args: any[]) => unknown;

export interface EndpointRuleSet {
  version?: string;
  parameters: Readonly<Record<string, EndpointParameter>>;
  rules: readonly Rule[];
  /** Functions beyond the built-ins, by their rule-set name (`parseURL`, `aws.parseArn`, …). */
  functions?: Readonly<Record<string, EndpointFunction>>;
}

/** What `resolveEndpoint` returns: the selected endpoint rule with its templates filled in. */
export interface EndpointResult {
  url: string;
  headers?: Record<string, string[]>;
  properties?: Record<string, unknown>;
}

/** The attributes `aws.partition` returns. https://smithy.io/2.0/aws/rules-engine/library-functions.html */
export interface PartitionOutputs {
  name: string;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
  supportsFIPS: boolean;
  supportsDualStack: boolean;
  implicitGlobalRegion: string;
}

/**
 * One AWS partition, as in the SDKs' partitions table (trimmed: see codegen-model/PARTITIONS.md).
 * Generated clients keep only the outputs their rule set reads, hence `Partial`.
 */
export interface Partition {
  id: string;
  regionRegex: string;
  /** Regions matched by name before any regex, with the outputs they override (often none). */
  regions?: Readonly<Record<string, Partial<PartitionOutputs>>>;
  outputs: Partial<PartitionOutputs>;
}
