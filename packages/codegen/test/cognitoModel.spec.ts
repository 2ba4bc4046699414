import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext, generateClient, ShapeGraph } from "../src/index.js";
import { readJson, repoRoot } from "./helpers.js";

const modelPath = join(repoRoot, "codegen-model/cognito-identity-provider.json");
let files: Map<string, string>;

beforeAll(() => {
  files = generateClient(readJson(modelPath), {
    modelFileName: "cognito-identity-provider.json",
    customizations: readJson(join(repoRoot, "codegen-model/customizations.json")),
    partitions: readJson(join(repoRoot, "codegen-model/partitions.json")),
  });
});

const paths = (prefix: string) => [...files.keys()].filter((p) => p.startsWith(prefix));

describe("the Cognito Identity Provider model", () => {
  it("yields 140 commands, 59 error classes and 9 paginators", () => {
    expect(paths("commands/")).toHaveLength(140);
    for (const op of ["GetTokensFromRefreshToken", "AddUserPoolClientSecret", "ListUserSessions", "SetUserPoolSessionConfiguration"]) {
      expect(paths("commands/")).toContain(`commands/${op}Command.ts`);
    }
    expect(files.get("errors.ts")!.match(/^export class \w+ extends CognitoIdentityProviderServiceException/gm)).toHaveLength(59);
    expect(paths("paginators/")).toHaveLength(9);
    expect(paths("paginators/")).toContain("paginators/paginateListUsers.ts");
  });

  it("writes an error schema only for InternalErrorException and InternalServerException (server faults without @httpError)", () => {
    // Every other Cognito error has string members and a status that tells its fault, so commands
    // need not import it: an app bundles only the error classes it imports.
    expect(files.get("errors.ts")!.match(/^export const \w+\$ = \(\): ErrorSchema/gm)).toEqual([
      "export const InternalErrorException$ = (): ErrorSchema",
      "export const InternalServerException$ = (): ErrorSchema",
    ]);
    expect(files.get("commands/ForgotPasswordCommand.ts")).toContain("errors: {\n      InternalErrorException: InternalErrorException$(),\n    },");
    // Declared errors are named in the TSDoc (`@throws`), never imported.
    expect(files.get("commands/ForgotPasswordCommand.ts")).not.toMatch(/^import .*UserNotFoundException/m);
    expect(files.get("commands/ForgotPasswordCommand.ts")).toContain(" * @throws UserNotFoundException (client fault, HTTP 404)");
  });

  it("sends the 34 user-facing operations unsigned and signs the other 106", () => {
    const model = readJson(modelPath);
    const graph = new ShapeGraph(model);
    const ctx = createContext(graph, { header: "", packageVersion: "0.0.0" });
    const auth = Object.fromEntries(ctx.operations.map((op) => [op.name, op.facts.auth]));
    expect(Object.values(auth).filter((a) => a === "none")).toHaveLength(34);
    expect(Object.values(auth).filter((a) => a === "sigv4")).toHaveLength(106);
    for (const op of ["ForgotPassword", "ConfirmForgotPassword", "SignUp", "InitiateAuth", "GetTokensFromRefreshToken", "ListUserSessions", "RevokeUserSession"]) {
      expect(auth[op]).toBe("none");
      expect(files.get(`commands/${op}Command.ts`)).toContain(`auth: "none",`);
    }
    expect(files.get("commands/AdminCreateUserCommand.ts")).toContain(`auth: sigv4,`);
    expect(files.get("commands/AdminListUserSessionsCommand.ts")).toContain(`auth: sigv4,`);
  });

  it("names the client, its exception and its service as the AWS SDK does", () => {
    const client = files.get("CognitoIdentityProviderClient.ts")!;
    expect(client).toContain(`targetPrefix: "AWSCognitoIdentityProviderService",`);
    expect(client).toContain(`uaServiceId: "cognito-identity-provider",`);
    expect(client).toContain(`signingName: "cognito-idp",`);
    expect(client).toContain(`apiVersion: "2016-04-18",`);
    expect(client).toContain(`import { resolveEndpoint } from "./endpoint/resolveEndpoint.js";`);
    expect(files.has("CognitoIdentityProviderServiceException.ts")).toBe(true);
    expect(files.has("endpoint/resolveEndpoint.ts")).toBe(true);
    expect(files.has("endpoint/ruleSet.spec.ts")).toBe(true);
  });

  it("marks passwords, codes, tokens, client metadata and identity-provider secrets sensitive", () => {
    const schemas = files.get("schemas.ts")!;
    // Member schemas used more than once are written once as `const mN: MemberSchema = {...};`: inline them.
    const shared = new Map([...schemas.matchAll(/^const (m\d+): MemberSchema = (.*);$/gm)].map((m) => [m[1]!, m[2]!]));
    const schemaOf = (name: string) =>
      schemas
        .slice(schemas.indexOf(`export const ${name}$`))
        .split("\n  });")[0]!
        .replace(/: (m\d+),$/gm, (_, ref: string) => `: ${shared.get(ref)},`);
    expect(schemaOf("ConfirmForgotPasswordRequest")).toMatch(/ConfirmationCode: \{[^}]*sensitive: true/);
    expect(schemaOf("ConfirmForgotPasswordRequest")).toMatch(/Password: \{[^}]*sensitive: true/);
    expect(schemaOf("ClientMetadataType")).toContain(`value: { target: "string", sensitive: true, length: [0, 131072] }`);
    expect(schemaOf("AuthenticationResultType")).toMatch(/AccessToken: \{[^}]*sensitive: true/);
    expect(schemaOf("VerifyUserAttributeRequest")).toMatch(/Code: \{[^}]*sensitive: true/); // customizations.json
    expect(schemaOf("ProviderDetailsType")).toContain(`value: { target: "string", sensitive: true,`);
    expect(schemaOf("ConfirmDeviceRequest")).toMatch(/DeviceSecretVerifierConfig: \{[^}]*sensitive: true/);
    expect(schemaOf("ConfirmDeviceRequest")).toMatch(/DeviceKey: \{ target: "string", required: true, length/); // not a secret
    expect(files.get("sensitiveLogFilters.ts")).toContain(
      "export const ForgotPasswordRequestFilterSensitiveLog = (obj: ForgotPasswordRequest): any => filterSensitiveLog(ForgotPasswordRequest$(), obj);",
    );
  });

  it("gives a default page size (the @range maximum) only to paginators whose page-size member is required", () => {
    const withDefault = paths("paginators/").filter((path) => files.get(path)!.includes("defaultPageSize"));
    expect(withDefault).toEqual(["paginators/paginateListUserPools.ts"]);
    expect(files.get("paginators/paginateListUserPools.ts")).toContain(`pageSize: "MaxResults",\n    defaultPageSize: 60,`);
  });

  it("exports every command, error and paginator from index.ts", () => {
    const index = files.get("index.ts")!;
    for (const path of [...paths("commands/"), ...paths("paginators/"), "errors.ts", "models.ts", "sensitiveLogFilters.ts"]) {
      expect(index).toContain(`export * from "./${path.replace(/\.ts$/, ".js")}";`);
    }
  });
});
