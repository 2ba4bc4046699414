export { generateClient, type GenerateOptions } from "./generateClient.js";
export { createContext, type CodegenContext, type Customizations, type ServiceOperation } from "./CodegenContext.js";
export type { OperationFacts } from "./operationFacts.js";
export { ShapeGraph, type Member, type Operation, type Shape, type ShapeType } from "./model/ShapeGraph.js";
export type { AstModel, AstShape, AstMember } from "./model/ast.js";
export { diffOutput, writeOutput, type OutputDiff } from "./writeOutput.js";
export { main } from "./cli.js";
