// Stand-in until the model carries GetTokensFromRefreshToken (botocore's newer definition; the
// generator will then write generated/commands/GetTokensFromRefreshTokenCommand.ts). Same operation
// schema as the official client's: the helper is written against it, and switching is one import.
// Not exported from the package index, so the generated command's export will not clash with it.
import { Command, type MemberSchema, type MetadataBearer, type OperationSchema, type StructureSchema } from "@lithe/core";
import { InternalErrorException$ } from "../generated/errors.js";
import type { AuthenticationResultType } from "../generated/models.js";
import { AuthenticationResultType$, ClientMetadataType$ } from "../generated/schemas.js";

export interface GetTokensFromRefreshTokenCommandInput {
  RefreshToken: string | undefined;
  ClientId: string | undefined;
  ClientSecret?: string;
  DeviceKey?: string;
  ClientMetadata?: Record<string, string>;
}
export interface GetTokensFromRefreshTokenCommandOutput extends MetadataBearer {
  AuthenticationResult?: AuthenticationResultType;
}

const token: MemberSchema = { target: "string", required: true, sensitive: true, pattern: "^[A-Za-z0-9-_=.]+$" };
const GetTokensFromRefreshTokenRequest$: StructureSchema = {
  kind: "structure",
  name: "GetTokensFromRefreshTokenRequest",
  members: {
    RefreshToken: token,
    ClientId: { target: "string", required: true, sensitive: true, length: [1, 128], pattern: "^[\\w+]+$" },
    ClientSecret: { target: "string", sensitive: true, length: [1, 64], pattern: "^[\\w+]+$" },
    DeviceKey: { target: "string", length: [1, 55], pattern: "^[\\w-]+_[0-9a-f-]+$" },
    ClientMetadata: { target: () => ClientMetadataType$ },
  },
};
const GetTokensFromRefreshTokenResponse$: StructureSchema = {
  kind: "structure",
  name: "GetTokensFromRefreshTokenResponse",
  members: { AuthenticationResult: { target: () => AuthenticationResultType$ } },
};

export const GetTokensFromRefreshToken$: OperationSchema = {
  name: "GetTokensFromRefreshToken",
  input: GetTokensFromRefreshTokenRequest$,
  output: GetTokensFromRefreshTokenResponse$,
  errors: { InternalErrorException: InternalErrorException$ },
  auth: "none",
};

export class GetTokensFromRefreshTokenCommand extends Command<GetTokensFromRefreshTokenCommandInput, GetTokensFromRefreshTokenCommandOutput> {
  constructor(input: GetTokensFromRefreshTokenCommandInput) {
    super(input, GetTokensFromRefreshToken$);
  }
}
