import { readFileSync } from "node:fs";

/**
 * An independent reading of an input shape's constraints straight from the Smithy JSON AST in
 * codegen-model/ (not from lithe's generated schemas), and a checker written from the Smithy spec:
 * https://smithy.io/2.0/spec/constraint-traits.html. It knows the shape kinds ForgotPasswordRequest
 * uses (structure, map, string) and refuses others, so it can't silently check less than it claims.
 *
 * JavaScript conventions, as for the AWS SDK: a structure or map is any object whose tag is
 * "Object" (plain, null-prototype or a class instance; not an array, Date, Map, boxed string, …); a
 * member's value is what property access gives, except that what every object inherits from
 * Object.prototype (`constructor`, `toString`, …) is no value; null and undefined members are
 * absent; a map's entries are its own enumerable keys; lengths count code points; patterns are the
 * model's regexes with the `u` flag; members the model doesn't know are ignored.
 */

const MODEL_URL = new URL("../../../../codegen-model/cognito-identity-provider.json", import.meta.url);
const NAMESPACE = "com.amazonaws.cognitoidentityprovider#";

interface AstShape {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, any> }>;
  key?: { target: string; traits?: Record<string, any> };
  value?: { target: string; traits?: Record<string, any> };
  traits?: Record<string, any>;
}

/** A member with its target's constraint traits merged in (member traits win). */
export interface Constraint {
  kind: "string" | "structure" | "map";
  required: boolean;
  sensitive: boolean;
  length?: { min?: number; max?: number };
  pattern?: RegExp;
  members?: Record<string, Constraint>;
  key?: Constraint;
  value?: Constraint;
}

let shapes: Record<string, AstShape> | undefined;

const shapeOf = (id: string): AstShape => {
  shapes ??= JSON.parse(readFileSync(MODEL_URL, "utf8")).shapes as Record<string, AstShape>;
  const shape = shapes[id];
  if (!shape) throw new Error(`no shape ${id} in the model`);
  return shape;
};

const constraintOf = (target: string, memberTraits: Record<string, any> = {}): Constraint => {
  const shape = shapeOf(target);
  const traits = { ...shape.traits, ...memberTraits };
  const common = {
    required: "smithy.api#required" in traits,
    sensitive: "smithy.api#sensitive" in traits || "smithy.api#sensitive" in (shape.traits ?? {}),
    length: traits["smithy.api#length"],
  };
  switch (shape.type) {
    case "string": {
      const pattern = traits["smithy.api#pattern"];
      return { kind: "string", ...common, pattern: pattern === undefined ? undefined : new RegExp(pattern, "u") };
    }
    case "structure":
      return {
        kind: "structure",
        ...common,
        members: Object.fromEntries(Object.entries(shape.members ?? {}).map(([name, m]) => [name, constraintOf(m.target, m.traits)])),
      };
    case "map":
      return {
        kind: "map",
        ...common,
        key: constraintOf(shape.key!.target, shape.key!.traits),
        value: constraintOf(shape.value!.target, shape.value!.traits),
      };
    default:
      throw new Error(`${target}: shape type ${shape.type} is not handled by this checker`);
  }
};

/** The constraints of an input structure, e.g. inputConstraints("ForgotPasswordRequest"). */
export const inputConstraints = (shapeName: string): Constraint => constraintOf(NAMESPACE + shapeName);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Object]";

const memberValue = (object: Record<string, unknown>, name: string): unknown =>
  Object.hasOwn(object, name) || !(name in Object.prototype) ? object[name] : undefined;

const codePointLength = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** A map key as lithe's messages show it: quoted, shortened, hidden under a sensitive member. */
const keySegment = (key: string, hidden: boolean) =>
  hidden ? "[***]" : `[${JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key)}]`;

/**
 * The paths of every member that breaks a constraint (`Username`, `UserContextData.IpAddress`,
 * `ClientMetadata["key"]`), as a set: a map entry whose key and value are both wrong is one path.
 */
export const violatedPaths = (constraint: Constraint, input: unknown): Set<string> => {
  const paths = new Set<string>();
  const check = (c: Constraint, value: unknown, path: string, hidden: boolean): void => {
    if (c.kind === "string") {
      if (typeof value !== "string") return void paths.add(path);
      const n = codePointLength(value);
      const { min, max } = c.length ?? {};
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) return void paths.add(path);
      if (c.pattern && !c.pattern.test(value)) paths.add(path);
      return;
    }
    if (!isPlainObject(value)) return void paths.add(path);
    const inner = hidden || c.sensitive;
    if (c.kind === "structure") {
      for (const [name, member] of Object.entries(c.members!)) {
        const memberPath = path === "" ? name : `${path}.${name}`;
        const found = memberValue(value, name);
        if (found == null) {
          if (member.required) paths.add(memberPath);
        } else check(member, found, memberPath, inner);
      }
      return;
    }
    for (const key of Object.keys(value)) {
      const entry = value[key];
      if (entry === undefined) continue;
      const entryPath = path + keySegment(key, inner || c.key!.sensitive);
      check(c.key!, key, entryPath, inner);
      if (entry === null) paths.add(entryPath); // the map is not @sparse
      else check(c.value!, entry, entryPath, inner);
    }
  };
  check(constraint, input, "", false);
  return paths;
};

/**
 * What the awsJson 1.1 body of a valid input must be: the members the model knows, without null or
 * undefined ones, map entries without undefined values. `__proto__` keys are defined, not assigned,
 * so they stay own keys as in the JSON the service receives.
 */
export const expectedBody = (constraint: Constraint, input: unknown): unknown => {
  if (constraint.kind === "string") return input;
  const source = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown) =>
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  if (constraint.kind === "structure") {
    for (const [name, member] of Object.entries(constraint.members!)) {
      const value = memberValue(source, name);
      if (value != null) put(name, expectedBody(member, value));
    }
  } else {
    for (const key of Object.keys(source)) if (source[key] !== undefined) put(key, expectedBody(constraint.value!, source[key]));
  }
  return out;
};

/** Every string value held under a @sensitive member (or inside a sensitive structure or map). */
export const sensitiveStrings = (constraint: Constraint, input: unknown, hidden = false): string[] => {
  const inner = hidden || constraint.sensitive;
  if (constraint.kind === "string") return inner && typeof input === "string" ? [input] : [];
  if (!isPlainObject(input)) return [];
  if (constraint.kind === "structure") {
    return Object.entries(constraint.members!).flatMap(([name, member]) => sensitiveStrings(member, memberValue(input, name), inner));
  }
  return Object.keys(input).flatMap((key) => [
    ...(inner || constraint.key!.sensitive ? [key] : []),
    ...sensitiveStrings(constraint.value!, input[key], inner),
  ]);
};
