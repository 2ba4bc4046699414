// Hand-written schemas for the specs in this folder (not exported from the package): one member of
// every kind, Cognito-like shapes, and a recursive shape.
import { bigDecimalCodec } from "../../src/schema/codecs/bigDecimalCodec.js";
import { bigIntegerCodec } from "../../src/schema/codecs/bigIntegerCodec.js";
import { blobCodec } from "../../src/schema/codecs/blobCodec.js";
import { documentCodec } from "../../src/schema/codecs/documentCodec.js";
import { floatCodec } from "../../src/schema/codecs/floatCodec.js";
import { timestampCodec } from "../../src/schema/codecs/timestampCodec.js";
import type { ListSchema, MapSchema, MemberSchema, SchemaRef, StructureSchema, UnionSchema } from "../../src/schema/types.js";

export const AttributeType$: StructureSchema = {
  kind: "structure",
  name: "AttributeType",
  members: {
    Name: { target: "string", required: true, length: [1, 32], pattern: "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" },
    Value: { target: "string", sensitive: true, length: [null, 2048] },
  },
};

export const AttributeListType$: ListSchema = {
  kind: "list",
  name: "AttributeListType",
  member: { target: () => AttributeType$ },
};

export const ClientMetadataType$: MapSchema = {
  kind: "map",
  name: "ClientMetadataType",
  key: { target: "string", length: [1, 8], pattern: "^[a-z]+$" },
  value: { target: "string", length: [0, 16] },
};

export const SignUpRequest$: StructureSchema = {
  kind: "structure",
  name: "SignUpRequest",
  members: {
    ClientId: { target: "string", required: true, sensitive: true, length: [1, 128], pattern: "[\\w+]+" },
    Username: { target: "string", required: true, sensitive: true, length: [1, 128] },
    Password: { target: "string", sensitive: true, length: [1, 256], pattern: "[\\S]+" },
    UserAttributes: { target: () => AttributeListType$, length: [null, 10] },
    ClientMetadata: { target: () => ClientMetadataType$ },
  },
};

export const Node$: StructureSchema = {
  kind: "structure",
  name: "Node",
  members: {
    Value: { target: "string" },
    Next: { target: () => Node$ },
    Children: { target: () => NodeList$ },
  },
};

export const NodeList$: ListSchema = { kind: "list", name: "NodeList", member: { target: () => Node$ } };

export const Choice$: UnionSchema = {
  kind: "union",
  name: "Choice",
  members: {
    Text: { target: "string" },
    Bytes: { target: blobCodec },
    When: { target: timestampCodec },
    Node: { target: () => Node$ },
  },
};

const list = (name: string, target: SchemaRef, sparse?: true): ListSchema => ({
  kind: "list",
  name,
  member: { target },
  ...(sparse && { sparse }),
});

const map = (name: string, target: SchemaRef, sparse?: true): MapSchema => ({
  kind: "map",
  name,
  key: { target: "string" },
  value: { target },
  ...(sparse && { sparse }),
});

/** One member of every kind, in an order that is not alphabetical. */
export const Everything$: StructureSchema = {
  kind: "structure",
  name: "Everything",
  members: {
    Str: { target: "string" },
    Bool: { target: "boolean" },
    Int: { target: "integer", range: [0, 100] },
    Float: { target: floatCodec },
    BigInt: { target: bigIntegerCodec },
    BigDec: { target: bigDecimalCodec },
    Blob: { target: blobCodec, length: [null, 4] },
    Epoch: { target: timestampCodec },
    DateTime: { target: timestampCodec, timestampFormat: "date-time" },
    HttpDate: { target: timestampCodec, timestampFormat: "http-date" },
    Doc: { target: documentCodec },
    List: { target: () => list("StringList", "string") },
    SparseList: { target: () => list("SparseStringList", "string", true) },
    Times: { target: () => list("TimestampList", timestampCodec) },
    Floats: { target: () => list("FloatList", floatCodec) },
    Map: { target: () => map("IntegerMap", "integer") },
    SparseMap: { target: () => map("SparseStringMap", "string", true) },
    BlobMap: { target: () => map("BlobMap", blobCodec) },
    Choice: { target: () => Choice$ },
    Tree: { target: () => Node$ },
    Attributes: { target: () => AttributeListType$ },
  },
};

/** Member names that every object inherits from Object.prototype. */
export const Inherited$: StructureSchema = {
  kind: "structure",
  name: "Inherited",
  members: {
    // Typed one by one: in an object literal TypeScript types these names from Object.prototype.
    constructor: { target: "string" } as MemberSchema,
    toString: { target: "string", required: true } as MemberSchema,
    hasOwnProperty: { target: "boolean" } as MemberSchema,
  },
};

export const Ranges$: StructureSchema = {
  kind: "structure",
  name: "Ranges",
  members: {
    Min: { target: floatCodec, range: [1, null] },
    Max: { target: "integer", range: [null, 10] },
    Big: { target: bigIntegerCodec, range: [null, 1_000_000] },
    Dec: { target: bigDecimalCodec, range: [null, 1_000_000] },
  },
};

export const MapOf2$: StructureSchema = {
  kind: "structure",
  name: "MapOf2",
  members: { M: { target: () => map("IntegerMap", "integer"), length: [2, 2] } },
};

export const SecretKeyMap$: MapSchema = {
  kind: "map",
  name: "SecretKeyMap",
  key: { target: "string", sensitive: true, pattern: "^[a-z]+$" },
  value: { target: "string" },
};

/** Sensitive members of every aggregate kind, for the no-leak tests. */
export const Secrets$: StructureSchema = {
  kind: "structure",
  name: "Secrets",
  members: {
    Password: { target: "string", sensitive: true, length: [8, 64], pattern: "^[\\S]+$" },
    Pin: { target: "integer", sensitive: true, range: [0, 9999] },
    Tokens: { target: () => ClientMetadataType$, sensitive: true },
    ByKey: { target: () => SecretKeyMap$ },
    Attribute: { target: () => AttributeType$, sensitive: true },
    Attributes: { target: () => AttributeListType$ },
    Codes: { target: () => SensitiveStringList$ },
    Plain: { target: "string" },
  },
};

export const SensitiveStringList$: ListSchema = {
  kind: "list",
  name: "SensitiveStringList",
  member: { target: "string", sensitive: true, length: [4, 8] },
};

/** Catastrophic backtracking on a string of "a"s that doesn't end the right way. */
export const Backtracking$: StructureSchema = {
  kind: "structure",
  name: "Backtracking",
  members: { S: { target: "string", length: [null, 10], pattern: "^(a+)+$" } },
};
