import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script library, without types
import { botocoreToSmithy, searchPattern } from "../../../scripts/lib/botocoreToSmithy.mjs";
// @ts-expect-error: a plain .mjs script library, without types
import { officialClientMembers } from "../../../scripts/lib/officialClientMembers.mjs";
import { makeTempDir, readJson, removeDir, repoRoot } from "./helpers.js";

const importModel = (...args: string[]) =>
  promisify(execFile)(process.execPath, [join(repoRoot, "scripts/import-model.mjs"), ...args], { cwd: repoRoot });
const reference = join(repoRoot, "../shared/reference");
const oldSmithyModel = join(reference, "cognito-identity-provider.smithy.json");
const committedPath = join(repoRoot, "codegen-model/cognito-identity-provider.json");
const NS = "com.amazonaws.cognitoidentityprovider";
// In CI shared/ always sits beside the clone: there these tests run, and fail if a source is missing.
const haveSources = existsSync(join(reference, "botocore-cognito-idp/service-2.json")) || Boolean(process.env.CI);

let dir: string;
beforeAll(() => {
  dir = makeTempDir("import-model");
});
afterAll(() => removeDir(dir));

describe("botocoreToSmithy", () => {
  const service = {
    metadata: {
      apiVersion: "2020-01-01",
      endpointPrefix: "svc",
      jsonVersion: "1.1",
      protocol: "json",
      serviceFullName: "A Service",
      serviceId: "A Svc",
      targetPrefix: "ASvc",
      uid: "svc-2020-01-01",
    },
    operations: {
      List: {
        name: "List",
        http: { method: "POST", requestUri: "/" },
        input: { shape: "ListRequest" },
        output: { shape: "ListResponse" },
        errors: [{ shape: "Slow" }, { shape: "Broken" }],
        documentation: "<p>prose</p>",
      },
      Open: { name: "Open", http: { method: "POST", requestUri: "/" }, input: { shape: "Name" }, authtype: "none", auth: ["smithy.api#noAuth"] },
    },
    shapes: {
      ListRequest: {
        type: "structure",
        required: ["Name"],
        members: {
          Name: { shape: "Name", documentation: "x" },
          Limit: { shape: "Limit" },
          Token: { shape: "Token" },
          Old: { shape: "Name", deprecated: true, deprecatedMessage: "gone" },
        },
      },
      ListResponse: { type: "structure", members: { Items: { shape: "Items" }, Token: { shape: "Token" }, Doc: { shape: "Document" }, At: { shape: "When" } } },
      Name: { type: "string", min: 1, max: 8, pattern: "[a-z]+", sensitive: true },
      Token: { type: "string", max: 100 },
      Limit: { type: "integer", min: 1, max: 60 },
      Items: { type: "list", member: { shape: "Kind" }, max: 3 },
      Kind: { type: "string", enum: ["userAuth", "Plain"] },
      Document: { type: "structure", members: {}, document: true },
      When: { type: "timestamp" },
      Choice: { type: "structure", union: true, members: { A: { shape: "Name" }, B: { shape: "Limit" } } },
      Slow: { type: "structure", members: { message: { shape: "Token" } }, exception: true },
      Broken: { type: "structure", members: { message: { shape: "Token" } }, exception: true, fault: true },
    },
  };

  it("maps shapes, constraints, errors, paging and auth as AWS's Smithy models express them", () => {
    const { shapes, serviceId } = botocoreToSmithy(service, {
      namespace: "a",
      paginators: { pagination: { List: { input_token: "Token", output_token: "Token", limit_key: "Limit", result_key: "Items" } } },
      ruleSet: { version: "1.0", parameters: { Region: { type: "String", documentation: "prose" } }, rules: [] },
      enumNames: (shape: string, value: string) => (shape === "Kind" && value === "Plain" ? "PLAIN_NAME" : undefined),
      errorStatus: (name: string) => (name === "Slow" ? 429 : undefined),
    });
    expect(serviceId).toBe("a#ASvc");
    expect(shapes["a#ASvc"]).toEqual({
      type: "service",
      version: "2020-01-01",
      operations: [{ target: "a#List" }, { target: "a#Open" }],
      traits: {
        "aws.api#service": { sdkId: "A Svc", docId: "svc-2020-01-01", endpointPrefix: "svc" },
        "aws.auth#sigv4": { name: "svc" },
        "aws.protocols#awsJson1_1": {},
        "smithy.api#title": "A Service",
        "smithy.rules#endpointRuleSet": { version: "1.0", parameters: { Region: { type: "String" } }, rules: [] },
      },
    });
    expect(shapes["a#List"]).toEqual({
      type: "operation",
      input: { target: "a#ListRequest" },
      output: { target: "a#ListResponse" },
      errors: [{ target: "a#Broken" }, { target: "a#Slow" }],
      traits: { "smithy.api#paginated": { inputToken: "Token", outputToken: "Token", items: "Items", pageSize: "Limit" } },
    });
    expect(shapes["a#Open"]).toEqual({
      type: "operation",
      input: { target: "a#Name" },
      output: { target: "smithy.api#Unit" },
      traits: { "smithy.api#auth": [], "smithy.api#optionalAuth": {} },
    });
    expect(shapes["a#ListRequest"]).toEqual({
      type: "structure",
      members: {
        Name: { target: "a#Name", traits: { "smithy.api#required": {} } },
        Limit: { target: "a#Limit" },
        Token: { target: "a#Token" },
        Old: { target: "a#Name", traits: { "smithy.api#deprecated": { message: "gone" } } },
      },
      traits: { "smithy.api#input": {} },
    });
    expect(shapes["a#Name"]).toEqual({
      type: "string",
      traits: { "smithy.api#length": { min: 1, max: 8 }, "smithy.api#pattern": "^[a-z]+$", "smithy.api#sensitive": {} },
    });
    expect(shapes["a#Token"].traits).toEqual({ "smithy.api#length": { min: 0, max: 100 } });
    expect(shapes["a#Limit"]).toEqual({ type: "integer", traits: { "smithy.api#range": { min: 1, max: 60 } } });
    expect(shapes["a#Items"]).toEqual({ type: "list", member: { target: "a#Kind" }, traits: { "smithy.api#length": { min: 0, max: 3 } } });
    expect(shapes["a#Kind"]).toEqual({
      type: "enum",
      members: {
        USER_AUTH: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "userAuth" } },
        PLAIN_NAME: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "Plain" } },
      },
    });
    expect(shapes["a#Document"]).toEqual({ type: "document" });
    expect(shapes["a#When"]).toEqual({ type: "timestamp" });
    expect(shapes["a#Choice"].type).toBe("union");
    expect(shapes["a#Slow"].traits).toEqual({ "smithy.api#error": "client", "smithy.api#httpError": 429 });
    expect(shapes["a#Broken"].traits).toEqual({ "smithy.api#error": "server" });
    expect(JSON.stringify(shapes)).not.toMatch(/documentation|prose/);
  });

  it("anchors botocore's whole-value patterns as Smithy's search patterns, as AWS's models do", () => {
    expect(searchPattern("[\\S]+")).toBe("^[\\S]+$");
    expect(searchPattern("^cognito:(a|b)$")).toBe("^cognito:(a|b)$");
    expect(searchPattern(".*\\{####\\}.*")).toBe("\\{####\\}");
    expect(searchPattern("(?s).*")).toBe("^(?s)");
    expect(searchPattern("a|b")).toBe("^(?:a|b)$");
    expect(searchPattern("[a|b]+")).toBe("^[a|b]+$");
  });
});

describe("officialClientMembers", () => {
  // The official package's data as loadOfficialClient() returns it: @smithy/core/schema tuples
  // ([kind, namespace, name, traits, member names, member schemas, required count]), enums, member types.
  const Flavour = [3, "a", "Flavour", 0, ["Sweet"], [0], 1];
  const client = {
    schemas: {
      Order$: [3, "a", "Order", 0, ["Id", "Secret", "Kind", "Name", "Tags", "Labels", "Extra", "Picks", "Choices"], [0, [0, 8], 0, 0, 128 | 0, 64 | 0, () => Flavour, 64 | 0, 64 | 0], 2],
      Untouched$: [3, "a", "Untouched", 0, ["Id"], [0]],
      Unknown$: [3, "a", "Unknown", 0, ["X"], [0]],
    },
    enums: { KindType: { ONE: "one", TWO: "two" }, PickType: { P: "p" } },
    memberTypes: new Map([
      ["Order.Kind", "KindType"],
      ["Order.Tags", "Record<string, string>"],
      ["Order.Labels", "string[]"],
      ["Order.Picks", "PickType[]"],
      ["Order.Choices", "PickType[]"],
    ]),
  };
  const existing = {
    "a#Order": { type: "structure", members: { Id: { target: "a#IdType", traits: { "smithy.api#required": {} } }, Name: { target: "a#NameType" } } },
    "a#Untouched": { type: "structure", members: { Id: { target: "a#IdType" } } },
    "a#IdType": { type: "string", traits: { "smithy.api#length": { min: 1, max: 9 } } },
    "a#NameType": { type: "string" },
    "a#Basket": { type: "structure", members: { Picks: { target: "a#PickListType" } } },
    "a#PickListType": { type: "list", member: { target: "a#PickType" } },
    "a#PickType": { type: "enum", members: { P: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "p" } } } },
  };

  it("adds to the model's structures the members only the official schemas have, in the schemas' order, with the shapes they need", () => {
    const { shapes, members, newShapes } = officialClientMembers(client, { namespace: "a", existing });
    expect(members).toEqual(["Order.Choices", "Order.Extra", "Order.Kind", "Order.Labels", "Order.Picks", "Order.Secret", "Order.Tags"]);
    expect(newShapes).toEqual(["ChoicesType", "Flavour", "KindType", "LabelsType", "TagsType"]);
    expect(shapes["a#Order"].members).toEqual({
      Id: existing["a#Order"].members.Id,
      Secret: { target: "smithy.api#String", traits: { "smithy.api#sensitive": {}, "smithy.api#required": {} } },
      Kind: { target: "a#KindType" },
      Name: existing["a#Order"].members.Name,
      Tags: { target: "a#TagsType" },
      Labels: { target: "a#LabelsType" },
      Extra: { target: "a#Flavour" },
      // A collection the schemas leave unnamed takes the shape botocore gives a member of the same name.
      Picks: { target: "a#PickListType" },
      Choices: { target: "a#ChoicesType" },
    });
    expect(Object.keys(shapes["a#Order"].members)).toEqual(["Id", "Secret", "Kind", "Name", "Tags", "Labels", "Extra", "Picks", "Choices"]);
    expect(shapes["a#KindType"].members.TWO).toEqual({ target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "two" } });
    expect(shapes["a#TagsType"]).toEqual({ type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#String" } });
    expect(shapes["a#LabelsType"]).toEqual({ type: "list", member: { target: "smithy.api#String" } });
    expect(shapes["a#ChoicesType"]).toEqual({ type: "list", member: { target: "a#PickType" } });
    expect(shapes["a#Flavour"]).toEqual({ type: "structure", members: { Sweet: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } } });
    // Shapes with nothing new, and shapes the model does not have, are left alone; so is the input.
    expect(Object.keys(shapes).sort()).toEqual(["a#ChoicesType", "a#Flavour", "a#KindType", "a#LabelsType", "a#Order", "a#TagsType"]);
    expect(existing["a#Order"].members).not.toHaveProperty("Secret");
  });
});

describe.runIf(haveSources)("codegen-model/cognito-identity-provider.json", () => {
  const model = readJson(committedPath);
  const shapes: Record<string, any> = model.shapes;
  const operations = Object.keys(shapes).filter((id) => shapes[id].type === "operation");
  const name = (id: string) => id.slice(NS.length + 1);

  it("is what `npm run import-model` writes, byte for byte", async () => {
    await importModel("--to", join(dir, "cognito.json"));
    const committed = readFileSync(committedPath, "utf8");
    expect(readFileSync(join(dir, "cognito.json"), "utf8") === committed).toBe(true);
    expect(committed).not.toMatch(/"(smithy\.api#)?documentation"|smithy\.api#examples/);
  });

  it("has the official client's 140 commands: botocore's 132 and its 8 session operations", () => {
    const official = Object.keys(createRequire(join(repoRoot, "package.json"))("@aws-sdk/client-cognito-identity-provider"))
      .filter((k) => /^[A-Z]\w+Command$/.test(k))
      .map((k) => k.slice(0, -"Command".length))
      .sort();
    expect(operations.map(name).sort()).toEqual(official);
    const botocore = Object.keys(readJson(join(reference, "botocore-cognito-idp/service-2.json")).operations);
    expect(botocore).toHaveLength(132);
    expect(official.filter((op) => !botocore.includes(op))).toEqual([
      "AdminListUserSessions",
      "AdminRevokeUserSession",
      "GetUserPoolClientSessionConfiguration",
      "GetUserPoolSessionConfiguration",
      "ListUserSessions",
      "RevokeUserSession",
      "SetUserPoolClientSessionConfiguration",
      "SetUserPoolSessionConfiguration",
    ]);
  });

  it("takes the session operations from the official client's schemas: members, required, sensitive, enums, errors, auth", () => {
    const s = (n: string) => shapes[`${NS}#${n}`];
    expect(s("AdminListUserSessionsRequest").members).toEqual({
      UserPoolId: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
      Username: { target: `${NS}#UsernameType`, traits: { "smithy.api#required": {} } },
      NextToken: { target: "smithy.api#String" },
    });
    expect(s("SessionDescriptionType").members.LastIPAddress.target).toBe(`${NS}#SessionIpAddressType`);
    expect(s("SessionIpAddressType")).toEqual({ type: "string", traits: { "smithy.api#sensitive": {} } });
    expect(s("SessionDescriptionType").members.CreateDate.target).toBe("smithy.api#Timestamp");
    expect(s("SessionDescriptionType").members.SessionType.target).toBe(`${NS}#SessionTypeType`);
    expect(s("SessionTypeType").type).toBe("enum");
    expect(s("ClientSSOSessionConfigType").members.MaxValidityMinutes).toEqual({ target: "smithy.api#Integer", traits: { "smithy.api#required": {} } });
    expect(s("ListUserSessions").traits).toEqual({ "smithy.api#auth": [], "smithy.api#optionalAuth": {} });
    expect(s("AdminListUserSessions").traits).toBeUndefined();
    expect(s("ListUserSessions").errors.map((e: { target: string }) => name(e.target))).toContain("NotAuthorizedException");
  });

  it("lists in codegen-model/README.md every member, and every shape, the official client adds to botocore's shapes", () => {
    const botocore: Record<string, any> = readJson(join(reference, "botocore-cognito-idp/service-2.json")).shapes;
    const added = Object.entries(shapes).flatMap(([id, shape]) =>
      shape.type === "structure" && botocore[name(id)]?.type === "structure"
        ? Object.keys(shape.members).filter((m) => !(m in botocore[name(id)].members)).map((m) => `${name(id)}.${m}`)
        : [],
    );
    // The shapes botocore lacks that those members reach.
    const reached = new Set<string>();
    const visit = (target: string) => {
      if (!target.startsWith(`${NS}#`) || botocore[name(target)] || reached.has(name(target))) return;
      reached.add(name(target));
      const shape = shapes[target];
      for (const ref of [shape.member, shape.key, shape.value, ...Object.values(shape.members ?? {})]) if (ref) visit((ref as { target: string }).target);
    };
    for (const member of added) {
      const [structure, m] = member.split(".");
      visit(shapes[`${NS}#${structure}`].members[m].target);
    }
    const readme = readFileSync(join(repoRoot, "codegen-model/README.md"), "utf8");
    const listed = (marker: string) =>
      [...(readme.split(`<!-- ${marker} -->`)[1]?.split(`<!-- /${marker} -->`)[0] ?? "").matchAll(/^- `([\w.]+)`$/gm)].map((m) => m[1]);
    expect(listed("official-client-members")).toEqual(added.sort());
    expect(listed("official-client-shapes")).toEqual([...reached].sort());
    expect(added).toContain("CreateUserPoolRequest.DcrConfiguration");
  });

  // The 113 operations of the last published Smithy model (2025-04-02), converted now from botocore:
  // every difference must be an API change since, listed here.
  it.runIf(existsSync(oldSmithyModel) || Boolean(process.env.CI))("differs from the Smithy model of April 2025 only by the API's changes since", () => {
    const old: Record<string, any> = readJson(oldSmithyModel).shapes;
    const diffs = modelDifferences(old, shapes);
    const gainedOperationNotEnabled = diffs.filter((d) => /^\w+: errors \+\[OperationNotEnabledException\] -\[\]$/.test(d));
    expect(gainedOperationNotEnabled).toHaveLength(91);
    expect(diffs.filter((d) => !gainedOperationNotEnabled.includes(d))).toEqual(API_CHANGES);
    // Botocore carries no @default. The two members the old model gave both @required and a @default are now
    // enforced as required, as botocore and the official client's types (`Notify: boolean | undefined`) have them.
    expect(JSON.stringify(shapes)).not.toContain("smithy.api#default");
    const requiredWithDefault = Object.entries(old).flatMap(([id, shape]) =>
      Object.entries((shape.members ?? {}) as Record<string, any>)
        .filter(([, m]) => m.traits?.["smithy.api#required"] && m.traits?.["smithy.api#default"] !== undefined)
        .map(([member]) => `${name(id)}.${member}`),
    );
    expect(requiredWithDefault).toEqual(["AccountTakeoverActionType.Notify", "SignUpResponse.UserConfirmed"]);
  });
});

/** Shape-by-shape differences of the shapes both models have, ignoring @default and prose. */
function modelDifferences(old: Record<string, any>, now: Record<string, any>): string[] {
  const ignored = new Set(["smithy.api#default", "smithy.api#documentation", "smithy.api#examples"]);
  const traits = (t: Record<string, unknown> = {}) => JSON.stringify(Object.fromEntries(Object.entries(t).filter(([k]) => !ignored.has(k)).sort()));
  const diffs: string[] = [];
  for (const [id, o] of Object.entries(old)) {
    const n = now[id];
    const label = id.split("#")[1];
    if (!n) diffs.push(`${label}: removed`);
    else if (o.type !== n.type) diffs.push(`${label}: type ${o.type} -> ${n.type}`);
    if (!n || o.type !== n.type || o.type === "service") continue;
    if (traits(o.traits) !== traits(n.traits)) diffs.push(`${label}: traits ${traits(o.traits)} -> ${traits(n.traits)}`);
    for (const part of ["member", "key", "value", "input", "output"]) {
      if (o[part]?.target !== n[part]?.target || traits(o[part]?.traits) !== traits(n[part]?.traits)) diffs.push(`${label}.${part} changed`);
    }
    const [oe, ne] = [(o.errors ?? []).map((e: any) => e.target.split("#")[1]), (n.errors ?? []).map((e: any) => e.target.split("#")[1])];
    const [gained, lost] = [ne.filter((e: string) => !oe.includes(e)), oe.filter((e: string) => !ne.includes(e))];
    if (gained.length || lost.length) diffs.push(`${label}: errors +[${gained}] -[${lost}]`);
    const [om, nm] = [Object.keys(o.members ?? {}), Object.keys(n.members ?? {})];
    const [added, removed] = [nm.filter((m) => !om.includes(m)), om.filter((m) => !nm.includes(m))];
    if (added.length || removed.length) diffs.push(`${label}: members +[${added}] -[${removed}]`);
    if (JSON.stringify(om.filter((m) => nm.includes(m))) !== JSON.stringify(nm.filter((m) => om.includes(m)))) diffs.push(`${label}: member order`);
    for (const m of om.filter((m) => nm.includes(m))) {
      const [a, b] = [o.members[m], n.members[m]];
      if (a.target !== b.target) diffs.push(`${label}.${m}: target ${a.target.split("#")[1]} -> ${b.target.split("#")[1]}`);
      if (traits(a.traits) !== traits(b.traits)) diffs.push(`${label}.${m}: traits ${traits(a.traits)} -> ${traits(b.traits)}`);
    }
  }
  return diffs;
}

// Member additions come from botocore, or from the official client where botocore lacks them (the list
// in codegen-model/README.md, checked above).
const API_CHANGES = [
  "AdminInitiateAuth: errors +[OperationNotEnabledException,UnsupportedOperationException] -[]",
  "AdminRespondToAuthChallengeResponse: members +[AvailableChallenges] -[]",
  "AdminSetUserMFAPreferenceRequest: members +[WebAuthnMfaSettings] -[]",
  'AllowedFirstAuthFactorsListType: traits {"smithy.api#length":{"min":1,"max":4}} -> {"smithy.api#length":{"min":1,"max":5}}',
  'AttributeNameType: traits {"smithy.api#length":{"min":1,"max":32},"smithy.api#pattern":"^[\\\\p{L}\\\\p{M}\\\\p{S}\\\\p{N}\\\\p{P}]+$"} -> {"smithy.api#length":{"min":1,"max":32},"smithy.api#pattern":"^[\\\\p{L}\\\\p{M}\\\\p{S}\\\\p{N}\\\\p{P}\\\\t\\\\n\\\\r ]+$"}',
  "AuthFactorType: members +[SOFTWARE_TOKEN] -[]",
  'ClientSecretType: traits {"smithy.api#length":{"min":1,"max":64},"smithy.api#pattern":"^[\\\\w+]+$","smithy.api#sensitive":{}} -> {"smithy.api#length":{"min":24,"max":64},"smithy.api#pattern":"^[\\\\w+]+$","smithy.api#sensitive":{}}',
  "CompleteWebAuthnRegistration: errors +[OperationNotEnabledException,PasswordResetRequiredException] -[]",
  "CreateIdentityProviderRequest: members +[AcrMapping] -[]",
  "CreateUserImportJobRequest: members +[PasswordHashingAlgorithm] -[]",
  "CreateUserPoolClient: errors +[FeatureUnavailableInTierException,OperationNotEnabledException] -[]",
  "CreateUserPoolClientRequest: members +[ClientSecret,RefreshTokenRotation] -[]",
  "CreateUserPoolDomain: errors +[ConcurrentModificationException,OperationNotEnabledException] -[]",
  "CreateUserPoolDomainRequest: members +[Routing] -[]",
  "CreateUserPoolDomainResponse: members +[Routing] -[]",
  "CreateUserPoolRequest: members +[DcrConfiguration,KeyConfiguration,IssuerConfiguration,AcrConfiguration] -[]",
  "CustomDomainConfigType: members +[SecurityPolicy] -[]",
  "DeleteUserPoolDomain: errors +[ConcurrentModificationException,OperationNotEnabledException] -[]",
  "DeleteWebAuthnCredential: errors +[LimitExceededException,OperationNotEnabledException,PasswordResetRequiredException,TooManyRequestsException] -[]",
  "DomainDescriptionType: members +[Routing] -[]",
  "IdentityProviderType: members +[AcrMapping] -[]",
  "InitiateAuth: errors +[OperationNotEnabledException,UnsupportedOperationException] -[]",
  "LambdaConfigType: members +[InboundFederation] -[]",
  "ListUserPoolClientsRequest: members +[ClientType] -[]",
  // Smoke tests are not part of botocore's definition (and lithe never read them).
  'ListUserPools: traits {"smithy.api#paginated":{"inputToken":"NextToken","outputToken":"NextToken","items":"UserPools","pageSize":"MaxResults"},"smithy.test#smokeTests":[{"id":"ListUserPoolsSuccess","params":{"MaxResults":10},"vendorParams":{"region":"us-west-2"},"vendorParamsShape":"aws.test#AwsVendorParams","expect":{"success":{}}}]} -> {"smithy.api#paginated":{"inputToken":"NextToken","outputToken":"NextToken","items":"UserPools","pageSize":"MaxResults"}}',
  "ListWebAuthnCredentials: errors +[LimitExceededException,OperationNotEnabledException,PasswordResetRequiredException,TooManyRequestsException] -[]",
  "ResourceServerType: members +[ManagedBy] -[]",
  "RespondToAuthChallengeResponse: members +[AvailableChallenges] -[]",
  "RevokeTokenRequest: members +[RevokeAssociatedSessions] -[]",
  "SetUserMFAPreferenceRequest: members +[WebAuthnMfaSettings] -[]",
  "SmsConfigurationType: members +[EumsSms] -[]",
  "SmsConfigurationType.SnsCallerArn: target ArnType -> OptionalArnType",
  'SmsConfigurationType.SnsCallerArn: traits {"smithy.api#required":{}} -> {}',
  "StartWebAuthnRegistration: errors +[OperationNotEnabledException,PasswordResetRequiredException] -[]",
  "UpdateIdentityProviderRequest: members +[AcrMapping] -[]",
  "UpdateUserPoolClient: errors +[FeatureUnavailableInTierException,OperationNotEnabledException] -[]",
  "UpdateUserPoolClientRequest: members +[RefreshTokenRotation] -[]",
  "UpdateUserPoolDomain: errors +[ConcurrentModificationException,OperationNotEnabledException] -[]",
  "UpdateUserPoolDomainRequest: members +[Routing] -[]",
  "UpdateUserPoolDomainResponse: members +[Routing] -[]",
  "UpdateUserPoolRequest: members +[DcrConfiguration,KeyConfiguration,IssuerConfiguration,AcrConfiguration] -[]",
  "UserImportJobType: members +[PasswordHashingAlgorithm] -[]",
  "UserPoolClientType: members +[RefreshTokenRotation,ClientType] -[]",
  "UserPoolDescriptionType: members +[ReplicaRegions] -[]",
  "UserPoolType: members +[DcrConfiguration,KeyConfiguration,IssuerConfiguration,AcrConfiguration] -[]",
  "WebAuthnConfigurationType: members +[FactorConfiguration] -[]",
];
