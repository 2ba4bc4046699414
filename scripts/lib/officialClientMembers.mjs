// Adds to the model's structures the members the official JS client's schemas have and the model
// lacks: the API grows member by member, and the official client often ships a member before botocore
// does. Nothing is named here: every structure schema of the package is compared with the model's
// shape of the same name, so the next release's additions come in the same way. Members botocore
// already has are left as botocore defines them.
import { KIND, officialClientShapes } from "./officialClientShapes.mjs";

/**
 * @returns {{ shapes: Record<string, object>, members: string[], newShapes: string[] }} the structures
 *   that gained members (whole, to replace the model's) and the new shapes those members need; the
 *   added members as `Structure.Member`, and the new shapes' names, both sorted.
 */
export function officialClientMembers(client, { namespace, existing }) {
  const { added, structureMembers } = officialClientShapes(client, { namespace, existing });
  const changed = {};
  const members = [];
  const structureSchemas = Object.values(client.schemas)
    .filter((s) => Array.isArray(s) && [KIND.structure, KIND.union, KIND.error].includes(s[0]) && s[1] === namespace)
    .sort((a, b) => (a[2] < b[2] ? -1 : 1));
  for (const schema of structureSchemas) {
    const shapeId = `${namespace}#${schema[2]}`;
    const shape = existing[shapeId];
    if (!shape?.members) continue;
    const names = schema[4];
    const missing = names.filter((name) => !(name in shape.members));
    if (missing.length === 0) continue;
    const official = new Map(structureMembers(schema, missing));
    // In the schema's order: each new member follows the member the schema puts before it.
    const order = Object.keys(shape.members);
    for (const name of missing) order.splice(order.indexOf(names[names.indexOf(name) - 1]) + 1, 0, name);
    changed[shapeId] = { ...shape, members: Object.fromEntries(order.map((name) => [name, shape.members[name] ?? official.get(name)])) };
    members.push(...missing.map((name) => `${schema[2]}.${name}`));
  }
  const newShapes = Object.keys(added).map((shapeId) => shapeId.slice(namespace.length + 1));
  return { shapes: { ...added, ...changed }, members: members.sort(), newShapes: newShapes.sort() };
}
