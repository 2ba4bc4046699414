/**
 * The endpoint rule-set evaluator.
 * https://smithy.io/2.0/additional-specs/rules-engine/specification.html
 */
import { EndpointError } from "./EndpointError.js";
import { awsPartition } from "./awsFunctions.js";
import { getAttr } from "./getAttr.js";
import type {
  EndpointFunction,
  EndpointParams,
  EndpointResult,
  EndpointRuleSet,
  Expression,
  FunctionCall,
  Partition,
  Rule,
} from "./types.js";

type Scope = Readonly<Record<string, unknown>>;

// "{{" and "}}" are escaped braces; "{Name}" or "{Name#path}" is a substitution.
const TEMPLATE = /\{\{|\}\}|\{([^{}]+)\}/g;

const BUILT_INS: Readonly<Record<string, EndpointFunction>> = {
  isSet: (value) => value != null,
  not: (value) => !value,
  booleanEquals: (a, b) => a === b,
  stringEquals: (a, b) => a === b,
  getAttr,
};

const mapValues = <T>(record: Readonly<Record<string, T>>, map: (value: T) => unknown) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

/**
 * Resolves `ruleSet` for `params` (defaults applied, required ones checked). Returns the selected
 * endpoint, or throws an `EndpointError` with the selected error rule's message.
 */
export const resolveEndpoint = (
  ruleSet: EndpointRuleSet,
  params: EndpointParams,
  partitions: readonly Partition[] = [],
): EndpointResult => {
  const functions: Readonly<Record<string, EndpointFunction | undefined>> = {
    ...BUILT_INS,
    "aws.partition": (region: string) => awsPartition(partitions, region),
    ...ruleSet.functions,
  };

  // Every declared parameter gets an own key, so lookups never reach Object.prototype.
  const scope: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(ruleSet.parameters)) {
    const value = (Object.hasOwn(params, name) ? params[name] : undefined) ?? parameter.default;
    if (value == null && parameter.required) throw new EndpointError(`Missing required parameter: '${name}'`);
    scope[name] = value;
  }

  const lookup = (name: string, s: Scope): unknown => {
    const hash = name.indexOf("#");
    return hash < 0 ? s[name] : getAttr(s[name.slice(0, hash)], name.slice(hash + 1));
  };

  const template = (text: string, s: Scope): string =>
    text.replace(TEMPLATE, (match, name?: string) => (name ? `${lookup(name, s)}` : match[0]!));

  const evaluate = (e: Expression, s: Scope): unknown =>
    typeof e === "string"
      ? template(e, s)
      : typeof e !== "object"
        ? e
        : Array.isArray(e)
          ? e.map((item) => evaluate(item, s))
          : "ref" in e
            ? s[e.ref]
            : call(e as FunctionCall, s);

  const call = ({ fn, argv }: FunctionCall, s: Scope): unknown => {
    const f = functions[fn];
    if (!f) throw new EndpointError(`Unknown endpoint function: ${fn}`);
    return f(...argv.map((arg) => evaluate(arg, s)));
  };

  // Endpoint properties hold templates in nested maps and arrays, never references or functions.
  const property = (value: unknown, s: Scope): unknown =>
    typeof value === "string"
      ? template(value, s)
      : Array.isArray(value)
        ? value.map((item) => property(item, s))
        : value && typeof value === "object"
          ? mapValues(value as Record<string, unknown>, (item) => property(item, s))
          : value;

  const evaluateRules = (rules: readonly Rule[], outer: Scope): EndpointResult => {
    next: for (const rule of rules) {
      let s = outer;
      for (const condition of rule.conditions ?? []) {
        const value = call(condition, s);
        // A condition fails on false or an empty optional; "" and 0 are values.
        if (value == null || value === false) continue next;
        if (condition.assign) s = { ...s, [condition.assign]: value };
      }
      // A matched tree is terminal: exhausting its rules is an error, not a fall-through.
      if (rule.type === "tree") return evaluateRules(rule.rules, s);
      if (rule.type === "error") throw new EndpointError(`${evaluate(rule.error, s)}`);
      const { url, headers, properties } = rule.endpoint;
      const result: EndpointResult = { url: `${evaluate(url, s)}` };
      if (headers) result.headers = mapValues(headers, (values) => values.map((v) => `${evaluate(v, s)}`)) as Record<string, string[]>;
      if (properties) result.properties = property(properties, s) as Record<string, unknown>;
      return result;
    }
    throw new EndpointError("Rules evaluation failed: no rule matched");
  };

  return evaluateRules(ruleSet.rules, scope);
};
