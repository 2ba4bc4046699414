// Code written for @aws-sdk/client-cognito-identity-provider imports names from it; with only the
// import changed, those names must exist in lithe. This test lists every name the official
// package's index.d.ts exports (with what it re-exports) at test time, writes a file importing each
// from lithe (values as values, types as types), and type-checks it with the TypeScript compiler.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { officialClientDir } from "../../../scripts/lib/officialClient.mjs";

const repoRoot = join(import.meta.dirname, "../../..");
const officialTypes = join(officialClientDir(), "dist-types");

/** Names left out on purpose: the official SDK's plumbing, not part of the API code is written against. */
const LEFT_OUT: Array<[RegExp, string]> = [
  [/^\$Command$/, "the official SDK's command base class from @smithy/core; lithe's is Command in @lithe/core"],
  [/^__Client$/, "the official SDK's base client class from @smithy/core; lithe's is Client in @lithe/core"],
  [/^__MetadataBearer$/, "a re-export of @smithy/types' MetadataBearer, which @lithe/core exports under its own name"],
  [/\$$|^errorTypeRegistries$/, "the official runtime's schema objects (schemas/schemas_0), a @smithy/core format; lithe's schemas are its own"],
  [/^CognitoIdentityProvider$|^CognitoIdentityProviderRequestOptions$/, "the aggregated client (client.forgotPassword(...)): lithe ships the client and commands only"],
  [/^ClientDefaults$|^CognitoIdentityProviderClient(Resolved)?ConfigType$/, "building blocks of the official config interfaces; code uses CognitoIdentityProviderClientConfig and …ResolvedConfig"],
  [/^RuntimeExtension$|ExtensionConfiguration$|^ClientInputEndpointParameters$/, "runtime extensions and endpoint-parameter plumbing, which lithe's config does not have"],
];

interface OfficialName {
  name: string;
  /** A class, function or const object (enums) rather than only a type. */
  value: boolean;
  /** The declaring file under dist-types, e.g. "commands/ForgotPasswordCommand.d.ts". */
  file: string;
}

/** Every name the official index.d.ts exports, following `export *` and aliases to the declaration. */
const officialNames = (): OfficialName[] => {
  const index = join(officialTypes, "index.d.ts");
  const program = ts.createProgram([index], { noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Node10 });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declared = target.declarations?.[0]?.getSourceFile().fileName ?? "";
    return { name: symbol.name, value: (target.flags & ts.SymbolFlags.Value) !== 0, file: relative(officialTypes, declared) };
  });
};

/** Type-checks `source` as a file of the client package's tests, with the repository's tsconfig. */
const typeCheck = (source: string): readonly ts.Diagnostic[] => {
  const configPath = join(repoRoot, "tsconfig.json");
  const { options } = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, repoRoot);
  const fileName = join(repoRoot, "packages/client-cognito-identity-provider/test/officialTypeNames.generated.ts");
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => path === fileName || fileExists.call(host, path);
  host.readFile = (path) => (path === fileName ? source : readFile.call(host, path));
  host.getSourceFile = (path, language, ...rest) =>
    path === fileName ? ts.createSourceFile(path, source, language) : getSourceFile.call(host, path, language, ...rest);
  const program = ts.createProgram([fileName], { ...options, noEmit: true }, host);
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics(program.getSourceFile(fileName))];
};

/** lithe's model: a missing name whose operation or shape is not in it waits for a model refresh. */
const modelShapes = new Set(
  Object.keys(JSON.parse(readFileSync(join(repoRoot, "codegen-model/cognito-identity-provider.json"), "utf8")).shapes).map((id) => id.split("#")[1]),
);
const shapeOf = (name: string) => name.replace(/^paginate/, "").replace(/Command(Input|Output)?$/, "");

let wanted: OfficialName[];
let leftOut: Array<{ name: string; reason: string }>;
let missing: string[];
let typeOnly: string[];
let generated: string;

beforeAll(() => {
  const all = officialNames();
  leftOut = all.flatMap(({ name }) => {
    const rule = LEFT_OUT.find(([pattern]) => pattern.test(name));
    return rule ? [{ name, reason: rule[1] }] : [];
  });
  wanted = all.filter(({ name }) => !LEFT_OUT.some(([pattern]) => pattern.test(name)));
  const values = wanted.filter((n) => n.value).map((n) => n.name);
  const types = wanted.filter((n) => !n.value).map((n) => n.name);
  generated = [
    `import {\n${values.map((name) => `  ${name},\n`).join("")}} from "@lithe/client-cognito-identity-provider";`,
    `import type {\n${types.map((name) => `  ${name},\n`).join("")}} from "@lithe/client-cognito-identity-provider";`,
    // Used as values, so a name lithe has only as a type is reported.
    `export const values: unknown[] = [\n${values.map((name) => `  ${name},\n`).join("")}];`,
    `export type Types = [\n${types.map((name) => `  ${name},\n`).join("")}];`,
  ].join("\n\n");
  missing = [];
  typeOnly = [];
  for (const diagnostic of typeCheck(generated)) {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const absent = /has no exported member(?: named)? '([\w$]+)'/.exec(text);
    const asType = /'([\w$]+)' only refers to a type/.exec(text);
    if (absent) missing.push(absent[1]!);
    else if (asType) typeOnly.push(asType[1]!);
    else if (!/Generic type '[\w$]+' requires/.test(text)) throw new Error(`unexpected diagnostic: ${text}`);
  }
  missing = [...new Set(missing)].sort();
}, 180_000); // a type check of the whole client: slow on a busy machine

describe("names the official client exports", () => {
  it("finds the official commands, inputs, outputs, errors, enums, config and paginators to check", () => {
    const from = (prefix: string) => wanted.filter((n) => n.file.startsWith(prefix)).length;
    expect(from("commands/")).toBeGreaterThan(300);
    expect(from("models/errors")).toBeGreaterThan(50);
    expect(from("models/enums")).toBeGreaterThan(50);
    expect(from("pagination/")).toBeGreaterThanOrEqual(10);
    expect(wanted.map((n) => n.name)).toEqual(
      expect.arrayContaining(["ForgotPasswordCommand", "ServiceInputTypes", "CognitoIdentityProviderClientResolvedConfig", "CognitoIdentityProviderPaginationConfiguration"]),
    );
    // Everything left out is listed with its reason (printed for the report).
    console.info(`left out on purpose: ${leftOut.length} names\n` + [...new Set(leftOut.map((l) => l.reason))].map((reason) => `  ${leftOut.filter((l) => l.reason === reason).length} × ${reason}`).join("\n"));
  });

  it("are all exported by lithe, but for operations and shapes newer than lithe's model", () => {
    // A command, model or paginator name waits for the model when its operation or shape is not in it;
    // any other name (client, config, pagination configuration) is always a gap.
    const file = new Map(wanted.map((n) => [n.name, n.file]));
    const awaitsModel = (name: string) => /^(commands|models|pagination)\//.test(file.get(name)!) && !modelShapes.has(shapeOf(name));
    const gaps = missing.filter((name) => !awaitsModel(name));
    expect(gaps, `missing from lithe although lithe's model has their operation or shape:\n${gaps.join("\n")}`).toEqual([]);
    expect(typeOnly, "values in the official client that lithe has only as types").toEqual([]);
  });

  it("are all exported by lithe (operations and shapes newer than lithe's model included)", () => {
    expect(missing, `missing from lithe (${missing.length}); their operations or shapes are not in codegen-model yet:\n${missing.join(", ")}`).toEqual([]);
  });
});
