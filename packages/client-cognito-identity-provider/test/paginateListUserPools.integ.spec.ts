// paginateListUserPools as the AWS documentation calls it, `paginateListUserPools({ client }, {})`:
// ListUserPools requires MaxResults, so the generated paginator sends the model's maximum when the
// caller gives no page size, instead of failing validation.
import { type CognitoIdentityProviderClient, paginateListUserPools } from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { createPool, localClient } from "./support/cognitoLocalSetup.js";
import { type LoggedRequest, logRequests } from "./support/requestLog.js";

let local: CognitoLocal;
let client: CognitoIdentityProviderClient;
let log: LoggedRequest[];
const poolIds: string[] = [];

beforeAll(async () => {
  local = await startCognitoLocal();
  client = localClient(local.endpoint);
  for (const name of ["pool-a", "pool-b", "pool-c"]) poolIds.push(await createPool(client, name));
  log = logRequests(client);
});

afterAll(async () => {
  client?.destroy();
  await local?.stop();
});

const listedIds = async (pages: AsyncIterable<{ UserPools?: { Id?: string }[] }>): Promise<string[]> => {
  const ids: string[] = [];
  for await (const page of pages) ids.push(...page.UserPools!.map((pool) => pool.Id!));
  return ids;
};

describe("paginateListUserPools", () => {
  it("lists every pool with an empty input, sending the model's maximum MaxResults (60)", async () => {
    log.length = 0;
    expect((await listedIds(paginateListUserPools({ client }, {}))).sort()).toEqual([...poolIds].sort());
    expect(log.map((entry) => [entry.operation, entry.body.MaxResults, entry.status])).toEqual([["ListUserPools", 60, 200]]);
  });

  it("sends the caller's page size when one is given, in the config or in the input", async () => {
    log.length = 0;
    await listedIds(paginateListUserPools({ client, pageSize: 5 }, {}));
    await listedIds(paginateListUserPools({ client }, { MaxResults: 7 }));
    expect(log.map((entry) => entry.body.MaxResults)).toEqual([5, 7]);
  });
});
