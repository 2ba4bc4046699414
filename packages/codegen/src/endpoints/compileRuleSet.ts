/**
 * Compiles an endpoint rule set to the body of a TypeScript function that behaves as @lithe/core's
 * `resolveEndpoint(ruleSet, params, partitions)` does on it: nested `if`s, returns and throws instead
 * of rule data walked at run time. https://smithy.io/2.0/additional-specs/rules-engine/specification.html
 */
import { FUNCTION_EXPORTS } from "./functionExports.js";

type Json = any;

export interface CompiledRuleSet {
  /** Statements of `(params: EndpointParams): EndpointResult`, indented by two spaces. */
  body: string;
  /** @lithe/core value exports the body calls (besides `EndpointError`), sorted. */
  imports: string[];
  /** The body reads `partitions` (the rule set calls `aws.partition`). */
  usesPartitions: boolean;
  /**
   * The `aws.partition` attributes the body reads, sorted; undefined when a partition result is used
   * whole (so every attribute must be kept).
   */
  partitionAttributes: string[] | undefined;
}

/** Functions whose result is always a boolean: as a condition, the call itself is the test. */
const BOOLEAN_RESULT = new Set(["isSet", "not", "booleanEquals", "stringEquals", "isValidHostLabel", "aws.isVirtualHostableS3Bucket"]);
/** Functions that return a value or an empty optional, never `false`. */
const NEVER_FALSE = new Set(["aws.partition", "aws.parseArn", "parseURL", "split", "substring", "uriEncode"]);

// Words a local may not be named: JS reserved words and the names the emitted module itself uses.
const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN " +
    "Infinity Object params partitions EndpointError getAttr awsPartition")
    .split(" ")
    .concat(Object.values(FUNCTION_EXPORTS)),
);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// Same pieces as @lithe/core's getAttr: "a.b[2]" → a, b, 2; empty pieces are skipped.
const PATH_SEPARATORS = /[.[\]]+/;
const INDEX = /^(0|[1-9]\d*)$/;
// Same as the evaluator: "{{" and "}}" are escaped braces; "{Name}" or "{Name#path}" is a substitution.
const TEMPLATE = /\{\{|\}\}|\{([^{}]+)\}/g;
const MAX_LINE = 120;
const NO_MATCH = `throw new EndpointError("Rules evaluation failed: no rule matched");`;

interface Binding {
  js: string;
  /** Set only after a condition succeeded on it, so never null or undefined. */
  known: boolean;
  /** Bound to an `aws.partition` result. */
  partition: boolean;
}
type Scope = ReadonlyMap<string, Binding>;

/** Expression code, and whether it may be an operand without parentheses. */
interface Code {
  code: string;
  atom: boolean;
}
const atom = (code: string): Code => ({ code, atom: true });
const op = (code: string): Code => ({ code, atom: false });
const operand = ({ code, atom }: Code) => (atom ? code : `(${code})`);

// A raw CR in a template literal would read back as LF, hence "\\r".
const escapeTemplateText = (text: string) => text.replace(/[\\`\r]|\$\{/g, (m) => (m === "\r" ? "\\r" : `\\${m}`));

export const compileRuleSet = (ruleSet: Json): CompiledRuleSet => {
  const imports = new Set<string>();
  const used = new Set<string>();
  const lets: string[] = [];
  let usesPartitions = false;
  let partitionAttributes: Set<string> | undefined = new Set();

  const fresh = (name: string): string => {
    const base = IDENTIFIER.test(name) && !RESERVED.has(name) ? name : `_${name.replace(/[^\w$]/g, "_")}`;
    let js = base;
    for (let n = 2; used.has(js); n++) js = `${base}_${n}`;
    used.add(js);
    return js;
  };

  const lookup = (name: string, scope: Scope): Binding => {
    const binding = scope.get(name);
    if (!binding) throw new Error(`Endpoint rule set references ${JSON.stringify(name)}, which is neither a parameter nor assigned`);
    return binding;
  };

  const ref = (name: string, scope: Scope): Code => {
    const binding = lookup(name, scope);
    if (binding.partition) partitionAttributes = undefined;
    return atom(binding.js);
  };

  /** `getAttr(base, path)`: property reads when the base is known to be set, else the library function. */
  const attr = (base: Json, path: Json, scope: Scope): Code => {
    const keys = typeof path === "string" && !path.includes("{") ? path.split(PATH_SEPARATORS).filter(Boolean) : undefined;
    const binding = base && typeof base === "object" && typeof base.ref === "string" ? lookup(base.ref, scope) : undefined;
    if (binding?.known && keys?.length && keys.every((k) => IDENTIFIER.test(k) || INDEX.test(k))) {
      if (binding.partition) partitionAttributes?.add(keys[0]!);
      // Only the base is known to be set; getAttr stops at a missing step, as `?.` does.
      return atom(binding.js + keys.map((k, i) => (i ? "?." : "") + (INDEX.test(k) ? `[${k}]` : `${i ? "" : "."}${k}`)).join(""));
    }
    imports.add("getAttr");
    return atom(`getAttr(${expression(base, scope).code}, ${expression(path, scope).code})`);
  };

  const template = (text: string, scope: Scope): Code => {
    // Literal text is escaped only once whole: "$" then "{{" must not become a substitution.
    let literal = "";
    let code = "";
    let last = 0;
    for (const match of text.matchAll(TEMPLATE)) {
      literal += text.slice(last, match.index);
      last = match.index + match[0].length;
      const name = match[1];
      if (!name) {
        literal += match[0][0];
        continue;
      }
      const hash = name.indexOf("#");
      const value = hash < 0 ? ref(name, scope) : attr({ ref: name.slice(0, hash) }, name.slice(hash + 1), scope);
      code += `${escapeTemplateText(literal)}\${${value.code}}`;
      literal = "";
    }
    literal += text.slice(last);
    return atom(code ? `\`${code}${escapeTemplateText(literal)}\`` : JSON.stringify(literal));
  };

  const call = ({ fn, argv }: Json, scope: Scope): Code => {
    const arg = (i: number) => expression(argv[i], scope);
    switch (fn) {
      case "isSet":
        return op(`${operand(arg(0))} != null`);
      case "not":
        return op(`!${operand(arg(0))}`);
      case "booleanEquals":
      case "stringEquals":
        return op(`${operand(arg(0))} === ${operand(arg(1))}`);
      case "getAttr":
        return attr(argv[0], argv[1], scope);
      case "aws.partition":
        usesPartitions = true;
        imports.add("awsPartition");
        return atom(`awsPartition(partitions, ${arg(0).code})`);
    }
    const name = FUNCTION_EXPORTS[fn];
    if (!name) throw new Error(`Endpoint rule set calls unsupported function ${fn}`);
    imports.add(name);
    return atom(`${name}(${argv.map((_: Json, i: number) => arg(i).code).join(", ")})`);
  };

  const expression = (e: Json, scope: Scope): Code => {
    if (typeof e === "string") return template(e, scope);
    if (typeof e !== "object" || e === null) return atom(JSON.stringify(e));
    if (Array.isArray(e)) return atom(`[${e.map((item) => expression(item, scope).code).join(", ")}]`);
    if ("ref" in e) return ref(e.ref, scope);
    return call(e, scope);
  };

  /** The code of a condition that passes when the function's value is set and not `false`. */
  const condition = (c: Json, scope: Scope): { test: string; scope: Scope } => {
    const value = call(c, scope);
    const kind = BOOLEAN_RESULT.has(c.fn) ? "boolean" : NEVER_FALSE.has(c.fn) ? "neverFalse" : "any";
    if (!c.assign && kind === "boolean") return { test: value.code, scope };
    const js = fresh(c.assign ?? "value");
    lets.push(js);
    const assigned = `(${js} = ${value.code})`;
    const test = kind === "boolean" ? assigned : kind === "neverFalse" ? `${assigned} != null` : `${assigned} != null && ${js} !== false`;
    if (!c.assign) return { test, scope };
    const next = new Map(scope).set(c.assign, { js, known: true, partition: c.fn === "aws.partition" });
    return { test, scope: next };
  };

  const asString = (e: Json, scope: Scope): string => {
    const value = expression(e, scope);
    return typeof e === "string" ? value.code : `\`\${${value.code}}\``;
  };

  const key = (name: string) => (name === "__proto__" ? `["__proto__"]` : IDENTIFIER.test(name) ? name : JSON.stringify(name));

  // Endpoint properties hold templates in nested maps and arrays, never references or functions.
  const property = (value: Json, scope: Scope): string =>
    typeof value === "string"
      ? template(value, scope).code
      : Array.isArray(value)
        ? `[${value.map((item) => property(item, scope)).join(", ")}]`
        : value && typeof value === "object"
          ? `{ ${Object.entries(value).map(([k, v]) => `${key(k)}: ${property(v, scope)}`).join(", ")} }`
          : JSON.stringify(value);

  const endpointFields = ({ url, headers, properties }: Json, scope: Scope): string[] => {
    const fields = [`url: ${asString(url, scope)}`];
    if (headers && Object.keys(headers).length) {
      const entries = Object.entries(headers).map(
        ([name, values]: [string, Json]) => `${key(name)}: [${values.map((v: Json) => asString(v, scope)).join(", ")}]`,
      );
      fields.push(`headers: { ${entries.join(", ")} }`);
    }
    if (properties && Object.keys(properties).length) fields.push(`properties: ${property(properties, scope)}`);
    return fields;
  };

  /** `if (tests) {` (one test per line when too long), `body`, `}`. */
  const block = (tests: string[], body: string[], indent: string): string[] => {
    const head = `${indent}if (${tests.join(" && ")}) {`;
    const condition =
      head.length <= MAX_LINE
        ? [head]
        : [`${indent}if (`, ...tests.map((t, i) => `${indent}  ${t}${i < tests.length - 1 ? " &&" : ""}`), `${indent}) {`];
    return [...condition, ...body, `${indent}}`];
  };

  /** A return or throw, guarded by `tests`: on one line when it fits. */
  const leaf = (tests: string[], statement: string, fields: string[] | undefined, indent: string): string[] => {
    const guard = tests.length ? `if (${tests.join(" && ")}) ` : "";
    if (`${indent}${guard}${statement}`.length <= MAX_LINE) return [`${indent}${guard}${statement}`];
    const inner = tests.length ? `${indent}  ` : indent;
    const lines = fields && `${inner}${statement}`.length > MAX_LINE ? [`${inner}return {`, ...fields.map((f) => `${inner}  ${f},`), `${inner}};`] : [inner + statement];
    return tests.length ? block(tests, lines, indent) : lines;
  };

  /**
   * A literal url under `stringEquals(ref, "text")` as a template reading the ref where the text is:
   * the same string whenever the condition holds, and it lets neighbours with the same shape merge.
   */
  const withRefInUrl = (rule: Json): Json => {
    const [c, ...more] = rule.conditions ?? [];
    const url = rule.endpoint?.url;
    if (more.length || c?.fn !== "stringEquals" || c.assign || typeof url !== "string" || /[{}]/.test(url)) return rule;
    const [a, b] = c.argv;
    const [name, text] = typeof a?.ref === "string" ? [a.ref, b] : [b?.ref, a];
    if (typeof name !== "string" || /[{}#]/.test(name) || typeof text !== "string" || !text || /[{}]/.test(text)) return rule;
    return url.includes(text) ? { ...rule, endpoint: { ...rule.endpoint, url: url.split(text).join(`{${name}}`) } } : rule;
  };

  /** Statements for `rules`; they always end in a return or a throw. */
  const rules = (list: Json[], scope: Scope, indent: string): string[] => {
    const lines: string[] = [];
    // Neighbouring leaves that return or throw the same thing, under conditions that bind nothing,
    // become one `if` whose test is the conditions joined by `||`.
    let group: { tests: string[]; statement: string; fields: string[] | undefined } | undefined;
    const flush = () => {
      if (!group) return;
      const tests = group.tests.length > 1 ? [group.tests.map((t) => (t.includes(" && ") ? `(${t})` : t)).join(" || ")] : group.tests;
      lines.push(...leaf(tests, group.statement, group.fields, indent));
      group = undefined;
    };
    for (const original of list) {
      const rule = withRefInUrl(original);
      let s = scope;
      const tests: string[] = [];
      for (const c of rule.conditions ?? []) {
        const compiled = condition(c, s);
        tests.push(compiled.test);
        s = compiled.scope;
      }
      if (rule.type === "tree") {
        flush();
        if (!tests.length) return [...lines, ...rules(rule.rules, s, indent)];
        // A matched tree is terminal: exhausting its rules is an error, not a fall-through.
        lines.push(...block(tests, rules(rule.rules, s, `${indent}  `), indent));
        continue;
      }
      let statement: string;
      let fields: string[] | undefined;
      if (rule.type === "error") {
        statement = `throw new EndpointError(${asString(rule.error, s)});`;
      } else if (rule.type === "endpoint") {
        fields = endpointFields(rule.endpoint, s);
        statement = `return { ${fields.join(", ")} };`;
      } else {
        throw new Error(`Unknown endpoint rule type: ${JSON.stringify(rule.type)}`);
      }
      const test = tests.join(" && ");
      const binds = (rule.conditions ?? []).some((c: Json) => c.assign);
      if (group && tests.length && !binds && group.statement === statement) {
        group.tests.push(test);
        continue;
      }
      flush();
      if (!tests.length) {
        lines.push(...leaf(tests, statement, fields, indent));
        return lines;
      }
      if (binds) lines.push(...leaf(tests, statement, fields, indent));
      else group = { tests: [test], statement, fields };
    }
    flush();
    return [...lines, indent + NO_MATCH];
  };

  // Parameters, in declaration order: defaults applied, required ones checked.
  const lines: string[] = [];
  const scope = new Map<string, Binding>();
  for (const [name, parameter] of Object.entries(ruleSet.parameters ?? {}) as [string, Json][]) {
    const js = fresh(name);
    scope.set(name, { js, known: false, partition: false });
    // The evaluator reads own properties only; bare reads are the same unless Object.prototype has the name.
    const quoted = JSON.stringify(name);
    const read =
      name in Object.prototype
        ? `(Object.hasOwn(params, ${quoted}) ? params[${quoted}] : undefined)`
        : `params${IDENTIFIER.test(name) ? `.${name}` : `[${quoted}]`}`;
    lines.push(`  const ${js}: any = ${read}${parameter.default != null ? ` ?? ${JSON.stringify(parameter.default)}` : ""};`);
    if (parameter.required && parameter.default == null) {
      lines.push(`  if (${js} == null) throw new EndpointError(${JSON.stringify(`Missing required parameter: '${name}'`)});`);
    }
  }
  const statements = rules(ruleSet.rules, scope, "  ");
  // One `let` per line of locals, each assigned inside the condition that tests it.
  for (let line = ""; lets.length; line = "") {
    while (lets.length && (line.length < 80 || !line)) line += `${line ? ", " : ""}${lets.shift()}: any`;
    lines.push(`  let ${line};`);
  }
  lines.push(...statements);

  return {
    body: lines.join("\n"),
    imports: [...imports].sort(),
    usesPartitions,
    partitionAttributes: partitionAttributes ? [...partitionAttributes].sort() : undefined,
  };
};
