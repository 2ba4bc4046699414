import { T } from "./model/ast.js";
import { serviceInfo, type ServiceInfo } from "./model/serviceInfo.js";
import { memberTrait, type Member, type Operation, type Shape, type ShapeGraph } from "./model/ShapeGraph.js";
import { operationFacts, type OperationFacts } from "./operationFacts.js";

/** lithe's additions to a model (codegen-model/customizations.json). */
export interface Customizations {
  /**
   * Shapes redacted from logs as if @sensitive, for data the model leaves unmarked. For a map
   * shape only its values are (keys stay readable); any other shape is redacted whole.
   */
  sensitiveForLogs?: readonly string[];
  /** The service's API reference page of an operation, `{operation}` standing for its name (linked from TSDoc). */
  apiReferenceUrl?: string;
}

/** An operation of the service with what its traits make of it, worked out once for every emitter. */
export interface ServiceOperation extends Operation {
  readonly facts: OperationFacts;
}

/** What every emitter reads: the resolved model plus the facts derived from it once. */
export interface CodegenContext {
  readonly graph: ShapeGraph;
  readonly service: Shape;
  readonly info: ServiceInfo;
  readonly operations: readonly ServiceOperation[];
  /** Data shapes the operations use, sorted by name. */
  readonly shapes: readonly Shape[];
  /** The first line of every generated file. */
  readonly header: string;
  readonly packageVersion: string;
  /** Shapes reachable from an operation input (they may hold `@default` members the caller omits). */
  readonly inputShapes: ReadonlySet<string>;
  /** Structure id → the operation it is the input or output of. */
  readonly ioOf: ReadonlyMap<string, { op: string; role: "input" | "output" }>;
  readonly customizations: Customizations;
}

export function createContext(
  graph: ShapeGraph,
  options: { header: string; packageVersion: string; customizations?: Customizations; service?: string },
): CodegenContext {
  const service = graph.service(options.service);
  const operations = graph.operations(service).map((op): ServiceOperation => ({ ...op, facts: operationFacts(op, service) }));
  const customizations = options.customizations ?? {};
  for (const id of customizations.sensitiveForLogs ?? []) graph.get(id); // throws on a typo
  const inputShapes = new Set<string>();
  const visit = (shape: Shape): void => {
    if (inputShapes.has(shape.id) || !isAggregate(shape)) return;
    inputShapes.add(shape.id);
    for (const m of partsOf(shape)) visit(m.target);
  };
  const ioOf = new Map<string, { op: string; role: "input" | "output" }>();
  for (const op of operations) {
    if (op.input) visit(op.input);
    if (op.input && !ioOf.has(op.input.id)) ioOf.set(op.input.id, { op: op.name, role: "input" });
    if (op.output && !ioOf.has(op.output.id)) ioOf.set(op.output.id, { op: op.name, role: "output" });
  }
  const shapes = graph.closure(operations);
  for (const shape of shapes) {
    if (RESERVED_NAMES.has(shape.name) && (isAggregate(shape) || shape.type === "enum" || shape.type === "intEnum")) {
      throw new Error(`${shape.id}: a generated type may not be called ${shape.name} (generated code uses that name)`);
    }
  }
  return {
    graph,
    service,
    info: serviceInfo(service),
    operations,
    shapes,
    header: options.header,
    packageVersion: options.packageVersion,
    inputShapes,
    ioOf,
    customizations,
  };
}

/** Names generated files use for globals or @lithe/core imports; a model type of that name would shadow them. */
const RESERVED_NAMES = new Set([
  "Array", "AsyncIterable", "Date", "Error", "Object", "Promise", "Record", "Uint8Array", "Omit",
  "Client", "ClientConfig", "Command", "ErrorSchema", "ListSchema", "MapSchema", "MetadataBearer", "OperationSchema",
  "PaginationConfiguration", "ServiceException", "ServiceExceptionOptions", "ServiceSchema", "StructureSchema",
  "UnionSchema", "filterSensitiveLog", "paginate", "sigv4",
]);

export const isError = (shape: Shape): boolean => shape.traits[T.error] !== undefined;

/** A usable `@default` value; `@default(null)` means "no default". */
export const hasDefault = (member: Member): boolean => {
  const value = memberTrait(member, T.default);
  return value !== undefined && value !== null;
};

/**
 * `@required` as the runtime enforces it: a member with a default is filled in by the service when
 * omitted, so the client neither demands it nor (in input types) makes the caller write it.
 */
export const isRequired = (member: Member): boolean => member.traits[T.required] !== undefined && !hasDefault(member);

/** Whether a TypeScript property is optional (`?:`). */
export const isOptionalProperty = (ctx: CodegenContext, container: Shape, member: Member): boolean =>
  member.traits[T.required] === undefined || (hasDefault(member) && ctx.inputShapes.has(container.id));

/** @sensitive on the member or its target, or made so by `customizations.sensitiveForLogs`. */
export const isSensitive = (ctx: CodegenContext, container: Shape, member: Member): boolean => {
  if (member.traits[T.sensitive] !== undefined || member.target.traits[T.sensitive] !== undefined) return true;
  const listed = ctx.customizations.sensitiveForLogs;
  if (!listed) return false;
  if (container.type === "map" && member === container.value && listed.includes(container.id)) return true;
  return member.target.type !== "map" && listed.includes(member.target.id);
};

/** The parts of an aggregate shape: structure/union members, list member, map key and value. */
export const partsOf = (shape: Shape): Member[] =>
  [...shape.members, shape.member, shape.key, shape.value].filter((m): m is Member => m !== undefined);

const AGGREGATE = new Set(["structure", "union", "list", "map"]);
export const isAggregate = (shape: Shape): boolean => AGGREGATE.has(shape.type);

/** Whether any value inside `shape`, at any depth, is sensitive. */
export function containsSensitive(ctx: CodegenContext, shape: Shape, seen = new Set<string>()): boolean {
  if (seen.has(shape.id) || !isAggregate(shape)) return false;
  seen.add(shape.id);
  return partsOf(shape).some((m) => isSensitive(ctx, shape, m) || containsSensitive(ctx, m.target, seen));
}
