// Converts a botocore service definition (service-2.json, paginators-1.json, endpoint-rule-set-1.json)
// to the Smithy 2.0 JSON AST the generator reads, the way AWS's own Smithy models express the same API.
// Documentation is never copied. https://smithy.io/2.0/spec/json-ast.html

/** botocore scalar types whose Smithy shape type has the same name. */
const SCALARS = new Set(["string", "boolean", "integer", "long", "float", "double", "timestamp", "blob", "byte", "short"]);
/** Types whose min/max are @length; the numbers' are @range. */
const LENGTH_KINDS = new Set(["string", "blob", "list", "map"]);

export const UNIT = "smithy.api#Unit";

/**
 * @param {object} service service-2.json
 * @param {{ namespace: string, paginators?: object, ruleSet?: object, endpointTests?: object,
 *           enumNames?: (shapeName: string, value: string) => string,
 *           errorStatus?: (shapeName: string) => number | undefined }} options
 * @returns {{ shapes: Record<string, object>, serviceId: string }}
 */
export function botocoreToSmithy(service, options) {
  const { namespace } = options;
  const id = (name) => `${namespace}#${name}`;
  const shapes = {};

  for (const [name, shape] of Object.entries(service.shapes)) shapes[id(name)] = convertShape(name, shape, id, options);

  // The I/O traits AWS models carry; only for structures no other shape or operation also uses.
  const uses = new Map();
  const use = (name) => uses.set(name, (uses.get(name) ?? 0) + 1);
  for (const shape of Object.values(service.shapes)) {
    for (const member of Object.values(shape.members ?? {})) use(member.shape);
    for (const key of ["member", "key", "value"]) if (shape[key]) use(shape[key].shape);
  }
  for (const op of Object.values(service.operations)) for (const ref of [op.input, op.output]) if (ref) use(ref.shape);

  const paginators = options.paginators?.pagination ?? {};
  for (const [name, op] of Object.entries(service.operations)) {
    if (shapes[id(name)]) throw new Error(`Operation ${name} has the name of a shape`);
    const traits = {};
    const paging = paginators[name];
    if (paging) {
      for (const key of ["input_token", "output_token", "result_key", "limit_key"]) {
        if (typeof (paging[key] ?? "") !== "string") throw new Error(`${name}: paginator ${key} is not a single member`);
      }
      traits["smithy.api#paginated"] = {
        inputToken: paging.input_token,
        outputToken: paging.output_token,
        items: paging.result_key,
        pageSize: paging.limit_key,
      };
    }
    if (isUnsigned(op)) {
      traits["smithy.api#auth"] = [];
      traits["smithy.api#optionalAuth"] = {};
    }
    if (op.deprecated) traits["smithy.api#deprecated"] = op.deprecatedMessage ? { message: op.deprecatedMessage } : {};
    if (op.idempotent) traits["smithy.api#idempotent"] = {};
    if (op.http && (op.http.method !== "POST" || op.http.requestUri !== "/")) {
      throw new Error(`${name}: awsJson operations are POST /, not ${op.http.method} ${op.http.requestUri}`);
    }
    if (op.endpoint?.hostPrefix) traits["smithy.api#endpoint"] = { hostPrefix: op.endpoint.hostPrefix };
    for (const [key, trait] of [["input", "smithy.api#input"], ["output", "smithy.api#output"]]) {
      const ref = op[key]?.shape;
      if (ref && uses.get(ref) === 1) shapes[id(ref)].traits = { [trait]: {}, ...shapes[id(ref)].traits };
    }
    shapes[id(name)] = {
      type: "operation",
      input: { target: op.input ? id(op.input.shape) : UNIT },
      output: { target: op.output ? id(op.output.shape) : UNIT },
      ...(op.errors?.length ? { errors: sortedRefs(op.errors.map((e) => id(e.shape))) } : {}),
      ...(Object.keys(traits).length ? { traits } : {}),
    };
  }

  const meta = service.metadata;
  if (meta.protocol !== "json" || meta.jsonVersion !== "1.1") throw new Error(`Not an awsJson1_1 service: ${meta.protocol} ${meta.jsonVersion}`);
  const serviceId = id(meta.targetPrefix);
  const serviceTraits = {
    "aws.api#service": {
      sdkId: meta.serviceId,
      ...(meta.signingName && meta.signingName !== meta.endpointPrefix ? { arnNamespace: meta.signingName } : {}),
      docId: meta.uid,
      endpointPrefix: meta.endpointPrefix,
    },
    "aws.auth#sigv4": { name: meta.signingName ?? meta.endpointPrefix },
    "aws.protocols#awsJson1_1": {},
    "smithy.api#title": meta.serviceFullName,
    ...(options.ruleSet ? { "smithy.rules#endpointRuleSet": withoutDocumentation(options.ruleSet) } : {}),
    ...(options.endpointTests ? { "smithy.rules#endpointTests": withoutDocumentation(options.endpointTests) } : {}),
  };
  shapes[serviceId] = {
    type: "service",
    version: meta.apiVersion,
    operations: sortedRefs(Object.keys(service.operations).map(id)),
    traits: serviceTraits,
  };
  return { shapes, serviceId };
}

/** botocore marks an unsigned operation `authtype: "none"` (older) or `auth: ["smithy.api#noAuth"]`. */
const isUnsigned = (op) => op.authtype === "none" || (Array.isArray(op.auth) && op.auth.length > 0 && op.auth.every((a) => a === "smithy.api#noAuth"));

export const sortedRefs = (ids) => [...new Set(ids)].sort().map((target) => ({ target }));

function convertShape(name, shape, id, options) {
  const traits = {};
  let out;
  if (shape.type === "structure" && shape.document) {
    out = { type: "document" };
  } else if (shape.type === "structure") {
    const required = new Set(shape.required ?? []);
    const members = {};
    for (const [memberName, member] of Object.entries(shape.members ?? {})) {
      const memberTraits = {};
      if (member.deprecated) memberTraits["smithy.api#deprecated"] = member.deprecatedMessage ? { message: member.deprecatedMessage } : {};
      if (member.idempotencyToken) memberTraits["smithy.api#idempotencyToken"] = {};
      if (member.jsonvalue) throw new Error(`${name}.${memberName}: jsonvalue members are not supported`);
      if (member.timestampFormat) memberTraits["smithy.api#timestampFormat"] = member.timestampFormat;
      if (required.has(memberName)) memberTraits["smithy.api#required"] = {};
      members[memberName] = { target: id(member.shape), ...(Object.keys(memberTraits).length ? { traits: memberTraits } : {}) };
    }
    for (const memberName of required) if (!members[memberName]) throw new Error(`${name}: required member ${memberName} does not exist`);
    out = { type: shape.union ? "union" : "structure", members };
    if (shape.exception) {
      const fault = shape.fault || shape.error?.senderFault === false ? "server" : "client";
      traits["smithy.api#error"] = fault;
      const status = shape.error?.httpStatusCode ?? options.errorStatus?.(name);
      if (status !== undefined) traits["smithy.api#httpError"] = status;
      if (shape.retryable) traits["smithy.api#retryable"] = shape.retryable.throttling ? { throttling: true } : {};
    }
  } else if (shape.type === "list") {
    out = { type: "list", member: { target: id(shape.member.shape) } };
  } else if (shape.type === "map") {
    out = { type: "map", key: { target: id(shape.key.shape) }, value: { target: id(shape.value.shape) } };
  } else if (shape.type === "string" && shape.enum) {
    const members = {};
    for (const value of shape.enum) {
      const memberName = options.enumNames?.(name, value) ?? enumMemberName(value);
      if (members[memberName]) throw new Error(`${name}: two enum values are named ${memberName}`);
      members[memberName] = { target: UNIT, traits: { "smithy.api#enumValue": value } };
    }
    out = { type: "enum", members };
  } else if (SCALARS.has(shape.type)) {
    out = { type: shape.type };
    if (shape.timestampFormat) traits["smithy.api#timestampFormat"] = shape.timestampFormat;
  } else {
    throw new Error(`${name}: botocore type ${shape.type} is not supported`);
  }

  const kind = shape.type === "structure" ? null : shape.type;
  if (kind && (shape.min !== undefined || shape.max !== undefined)) {
    const isLength = LENGTH_KINDS.has(kind);
    // A length is never below 0; AWS's Smithy models say so (`min: 0`) where botocore leaves min out.
    const min = shape.min ?? (isLength ? 0 : undefined);
    const bounds = { ...(min !== undefined ? { min } : {}), ...(shape.max !== undefined ? { max: shape.max } : {}) };
    // An enum's values are the constraint; AWS models drop min/max there.
    if (out.type !== "enum") traits[isLength ? "smithy.api#length" : "smithy.api#range"] = bounds;
  }
  if (shape.pattern !== undefined && out.type !== "enum") traits["smithy.api#pattern"] = searchPattern(shape.pattern);
  if (shape.sensitive) traits["smithy.api#sensitive"] = {};
  if (shape.deprecated) traits["smithy.api#deprecated"] = shape.deprecatedMessage ? { message: shape.deprecatedMessage } : {};
  if (Object.keys(traits).length) out.traits = traits;
  return out;
}

/**
 * botocore's patterns must match the whole value (Java's `matches`); Smithy's @pattern matches anywhere
 * unless anchored (https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait). Anchors are added
 * as AWS's Smithy models have them: a leading or trailing `.*` is dropped instead of anchored.
 */
export const searchPattern = (pattern) => {
  let body = pattern;
  let [start, end] = ["^", "$"];
  if (body.startsWith("^")) [body, start] = [body.slice(1), "^"];
  else if (body.startsWith(".*")) [body, start] = [body.slice(2), ""];
  if (/(^|[^\\])\$$/.test(body)) [body, end] = [body.slice(0, -1), "$"];
  else if (body.endsWith(".*") && !body.endsWith("\\.*")) [body, end] = [body.slice(0, -2), ""];
  if ((start || end) && hasTopLevelAlternation(body) && !(pattern.startsWith("^") && pattern.endsWith("$"))) body = `(?:${body})`;
  return `${start}${body}${end}`;
};

const hasTopLevelAlternation = (pattern) => {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
};

/** A Smithy-style name for an enum value no other source names: upper case, words joined by `_`. */
export const enumMemberName = (value) => {
  const name = value
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
  return /^[A-Z]/.test(name) ? name : `V_${name}`;
};

/** Removes every `documentation` key, at any depth (rule-set parameters, endpoint test cases). */
export const withoutDocumentation = (value) => {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) if (key !== "documentation") out[key] = withoutDocumentation(item);
  return out;
};
