// The official SDK (a devDependency) is the reference for request bodies: same input, same bytes.
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  ForgotPasswordCommand,
  ListUsersCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { plainJson } from "./plainJson.js";
import { serializeJson } from "./serializeJson.js";
import { AttributeListType$ } from "../../test/support/testSchemas.js";
import type { ListSchema, MapSchema, MemberSchema, StructureSchema } from "./types.js";

const str: MemberSchema = { target: "string" };
const ClientMetadataType$: MapSchema = { kind: "map", name: "ClientMetadataType", key: str, value: str };
const StringList$: ListSchema = { kind: "list", name: "StringList", member: str };
const map: MemberSchema = { target: () => ClientMetadataType$ };
const strings: MemberSchema = { target: () => StringList$ };

const required = { target: "string", required: true } as const;
const UserContextDataType$: StructureSchema = {
  kind: "structure",
  name: "UserContextDataType",
  members: { IpAddress: str, EncodedData: str },
};
const AnalyticsMetadataType$: StructureSchema = {
  kind: "structure",
  name: "AnalyticsMetadataType",
  members: { AnalyticsEndpointId: str },
};

// Members in model order (as in the Smithy model and lithe's generated schemas). The official SDK
// writes @required members first; serializeJson must too.
const ForgotPasswordRequest$: StructureSchema = {
  kind: "structure",
  name: "ForgotPasswordRequest",
  members: {
    ClientId: required,
    SecretHash: str,
    UserContextData: { target: () => UserContextDataType$ },
    Username: required,
    AnalyticsMetadata: { target: () => AnalyticsMetadataType$ },
    ClientMetadata: map,
  },
};

const SignUpRequest$: StructureSchema = {
  kind: "structure",
  name: "SignUpRequest",
  members: {
    ClientId: required,
    SecretHash: str,
    Username: required,
    Password: str,
    UserAttributes: { target: () => AttributeListType$ },
    ValidationData: { target: () => AttributeListType$ },
    AnalyticsMetadata: { target: () => AnalyticsMetadataType$ },
    UserContextData: { target: () => UserContextDataType$ },
    ClientMetadata: map,
  },
};

const AdminCreateUserRequest$: StructureSchema = {
  kind: "structure",
  name: "AdminCreateUserRequest",
  members: {
    UserPoolId: str,
    Username: str,
    UserAttributes: { target: () => AttributeListType$ },
    ValidationData: { target: () => AttributeListType$ },
    TemporaryPassword: str,
    ForceAliasCreation: { target: "boolean" },
    MessageAction: str,
    DesiredDeliveryMediums: strings,
    ClientMetadata: map,
  },
};

const ListUsersRequest$: StructureSchema = {
  kind: "structure",
  name: "ListUsersRequest",
  members: { UserPoolId: str, AttributesToGet: strings, Limit: { target: "integer" }, PaginationToken: str, Filter: str },
};

/** The body the official client would send, captured by a request handler that never sends it. */
const officialBody = async (command: any): Promise<string> => {
  let body: string | undefined;
  const client = new CognitoIdentityProviderClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { body: unknown }) => {
        body = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body as Uint8Array);
        throw new Error("captured");
      },
    },
  });
  await client.send(command).catch(() => undefined);
  client.destroy();
  if (body === undefined) throw new Error("the official client sent nothing");
  return body;
};

/** serializeJson's body, checked to be plainJson's too (these shapes need no conversion). */
const bodyOf = (schema: StructureSchema, input: object): string => {
  const body = serializeJson(schema, input);
  expect(plainJson.serialize(schema, input)).toBe(body);
  return body;
};

describe("serializeJson and plainJson match the official SDK byte for byte", () => {
  it("for ForgotPassword, whatever the input's key order, with unicode and escapes", async () => {
    const input = {
      ClientMetadata: { "zé\"ta": "1", alpha: "line\nbreak", "10": "numeric key", "2": "two" },
      Username: "ü𝒳 \u2028 <tag>",
      AnalyticsMetadata: { AnalyticsEndpointId: "e" },
      UserContextData: { EncodedData: "data", IpAddress: "192.0.2.1" },
      SecretHash: "abc+/=",
      ClientId: "client",
    };
    expect(bodyOf(ForgotPasswordRequest$, input)).toBe(await officialBody(new ForgotPasswordCommand(input)));
  });

  it("for SignUp, with every member set", async () => {
    const input = {
      ClientMetadata: { k: "v" },
      UserContextData: { EncodedData: "e" },
      AnalyticsMetadata: { AnalyticsEndpointId: "a" },
      ValidationData: [{ Name: "n", Value: "v" }],
      UserAttributes: [{ Name: "email", Value: "a@example.com" }],
      Password: "correct horse battery staple",
      Username: "alice",
      SecretHash: "hash",
      ClientId: "client",
    };
    expect(bodyOf(SignUpRequest$, input)).toBe(await officialBody(new SignUpCommand(input)));
  });

  it("for AdminCreateUser with lists of structures, booleans and a list of enums", async () => {
    const input = {
      DesiredDeliveryMediums: ["EMAIL", "SMS"] as ("EMAIL" | "SMS")[],
      ForceAliasCreation: false,
      UserAttributes: [
        { Value: "a@example.com", Name: "email" },
        { Name: "email_verified", Value: "true" },
      ],
      ValidationData: [],
      Username: "bob",
      UserPoolId: "us-east-1_abc",
      MessageAction: "SUPPRESS" as const,
    };
    expect(bodyOf(AdminCreateUserRequest$, input)).toBe(await officialBody(new AdminCreateUserCommand(input)));
  });

  it("for ListUsers with an integer and unset members", async () => {
    const input = { Limit: 60, Filter: 'email ^= "a"', UserPoolId: "us-east-1_abc", PaginationToken: undefined };
    expect(bodyOf(ListUsersRequest$, input)).toBe(await officialBody(new ListUsersCommand(input)));
  });

  it("for an empty input", async () => {
    const input = {} as { UserPoolId: string };
    expect(bodyOf(ListUsersRequest$, input)).toBe(await officialBody(new ListUsersCommand(input)));
  });
});
