// Reads operations out of the official AWS SDK for JavaScript v3 client package, for operations no
// published model has yet. The package's own files are the source:
// - dist-es/schemas/schemas_0.js: the static schemas its serde walks (@smithy/core/schema tuples:
//   members and their types, how many lead members are @required, @sensitive, error traits);
// - dist-es/auth/httpAuthSchemeProvider.js: which operations are sent unsigned (smithy.api#noAuth);
// - dist-es/models/enums.js and dist-types/models/*.d.ts: which string members are enums (the
//   schemas only say "string"), and the enums' names and values;
// - dist-types/commands/<Op>Command.d.ts: the errors the command declares (`@throws`).
// officialClientShapes.mjs converts the schemas to Smithy shapes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sortedRefs } from "./botocoreToSmithy.mjs";
import { importBundled } from "./importBundled.mjs";
import { KIND, deref, officialClientShapes } from "./officialClientShapes.mjs";

/** Loads the package's ES modules (extensionless imports, so bundled) without writing anything. */
export async function loadOfficialClient(packageDir) {
  const es = (path) => JSON.stringify(join(packageDir, "dist-es", path));
  const module = await importBundled({
    stdin: {
      contents: [
        `export * as schemas from ${es("schemas/schemas_0.js")};`,
        `export * as enums from ${es("models/enums.js")};`,
        `export { defaultCognitoIdentityProviderHttpAuthSchemeProvider as authSchemes } from ${es("auth/httpAuthSchemeProvider.js")};`,
      ].join("\n"),
      resolveDir: packageDir,
    },
  });
  const types = join(packageDir, "dist-types");
  const declarations = readdirSync(join(types, "models"))
    .filter((f) => f.endsWith(".d.ts"))
    .sort()
    .map((f) => readFileSync(join(types, "models", f), "utf8"))
    .join("\n");
  return {
    schemas: module.schemas,
    enums: module.enums,
    authSchemes: module.authSchemes,
    memberTypes: memberTypesOf(declarations),
    declaredErrors: (operation) => {
      const text = readFileSync(join(types, "commands", `${operation}Command.d.ts`), "utf8");
      return [...text.matchAll(/@throws \{@link (\w+)\} \((client|server) fault\)/g)].map((m) => m[1]);
    },
    hasPaginator: (operation) => readdirSync(join(packageDir, "dist-es", "pagination")).includes(`${operation}Paginator.js`),
  };
}

/** `interface X { Member?: Type | undefined; }` → Map("X.Member" → "Type"). */
function memberTypesOf(declarations) {
  const out = new Map();
  for (const [, name, body] of declarations.matchAll(/export interface (\w+) \{\n([\s\S]*?)\n\}/g)) {
    for (const [, member, type] of body.matchAll(/^ {4}(\w+)\??: (.+?)(?: \| undefined)?;$/gm)) out.set(`${name}.${member}`, type);
  }
  return out;
}

/** The error name → HTTP status the official client's error schemas declare. */
export function errorStatuses(client) {
  const out = new Map();
  for (const schema of Object.values(client.schemas)) {
    if (Array.isArray(schema) && schema[0] === KIND.error && typeof schema[3] === "object") {
      const status = Object.entries(schema[3]).find(([key]) => key === "httpError")?.[1];
      if (status !== undefined) out.set(schema[2], status);
    }
  }
  return out;
}

/** Enum value → member name, as the official client's enum objects name them. */
export function enumNamesOf(client) {
  return (shapeName, value) => {
    const object = client.enums[shapeName];
    if (!object) return undefined;
    const names = Object.entries(object).filter(([, v]) => v === value).map(([k]) => k);
    return names.length === 1 ? names[0] : undefined;
  };
}

/**
 * Smithy shapes for `operations`, from the official client's schemas. A shape the model already has
 * (`existing`, same id) is reused as it is, so shared shapes keep the botocore constraints.
 * @returns {Record<string, object>} the new shapes, operations included
 */
export async function officialClientOperations(client, operations, { namespace, existing }) {
  const { added, shape } = officialClientShapes(client, { namespace, existing });
  const has = (id) => Boolean(existing[id] || added[id]);
  const id = (name) => `${namespace}#${name}`;

  for (const name of operations) {
    const schema = client.schemas[`${name}$`];
    if (!Array.isArray(schema) || schema[0] !== KIND.operation) throw new Error(`The official client has no operation ${name}`);
    if (existing[id(name)]) throw new Error(`${name} is already in the model`);
    if (client.hasPaginator(name)) throw new Error(`${name} is paginated in the official client; paginators are not read from it yet`);
    const [input, output] = [shape(deref(schema[4])), shape(deref(schema[5]))];
    for (const [ref, trait] of [[input, "smithy.api#input"], [output, "smithy.api#output"]]) added[ref].traits = { [trait]: {}, ...added[ref].traits };
    const errors = client.declaredErrors(name).filter((e) => e !== "CognitoIdentityProviderServiceException");
    for (const error of errors) if (!has(id(error))) throw new Error(`${name} declares ${error}, which the model lacks`);
    const auth = await client.authSchemes({ operation: name, region: "us-east-1" });
    const traits = auth.length > 0 && auth.every((o) => o.schemeId === "smithy.api#noAuth") ? { "smithy.api#auth": [], "smithy.api#optionalAuth": {} } : {};
    added[id(name)] = {
      type: "operation",
      input: { target: input },
      output: { target: output },
      ...(errors.length ? { errors: sortedRefs(errors.map(id)) } : {}),
      ...(Object.keys(traits).length ? { traits } : {}),
    };
  }
  return added;
}
