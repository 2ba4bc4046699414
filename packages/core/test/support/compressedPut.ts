import { gzip } from "../../src/compression/gzip.js";
import type { OperationSchema } from "../../src/schema/types.js";

/** An operation with `@requestCompression` (gzip), for the compression specs. */
export const CompressedPut$: OperationSchema = {
  name: "Put",
  input: { kind: "structure", name: "PutInput", members: { Data: { target: "string" } } },
  output: { kind: "structure", name: "Unit", members: {} },
  auth: "none",
  requestCompression: gzip,
};

/** Data that makes CompressedPut$'s JSON body exactly `bytes` long: {"Data":"…"} is 11 bytes more. */
export const dataOfBodySize = (bytes: number): string => "x".repeat(bytes - 11);
