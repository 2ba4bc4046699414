// The generated paginateListUsers against cognito-local's users. cognito-local answers ListUsers
// in one page whatever the Limit, so the multi-page walk goes through a loopback proxy that pages
// cognito-local's real answer the way Cognito does (Limit users per page, opaque PaginationToken).
import { AdminCreateUserCommand, type CognitoIdentityProviderClient, paginateListUsers } from "@lithe/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCognitoLocal, type CognitoLocal } from "../../../scripts/lib/cognitoLocal.mjs";
import { createPool, localClient } from "./support/cognitoLocalSetup.js";
import { type PagingProxy, startListUsersPagingProxy } from "./support/listUsersPagingProxy.js";

const USERNAMES = Array.from({ length: 11 }, (_, i) => `user-${String(i).padStart(2, "0")}`);

let local: CognitoLocal;
let proxy: PagingProxy;
let admin: CognitoIdentityProviderClient;
let paged: CognitoIdentityProviderClient;
let UserPoolId: string;

beforeAll(async () => {
  local = await startCognitoLocal();
  proxy = await startListUsersPagingProxy(local.endpoint);
  admin = localClient(local.endpoint);
  paged = localClient(proxy.url);
  UserPoolId = await createPool(admin, "pages");
  for (const Username of USERNAMES) await admin.send(new AdminCreateUserCommand({ UserPoolId, Username, MessageAction: "SUPPRESS" }));
});

afterAll(async () => {
  admin?.destroy();
  paged?.destroy();
  await proxy?.close();
  await local?.stop();
});

const collect = async (client: CognitoIdentityProviderClient, pageSize: number) => {
  const pages = [];
  for await (const page of paginateListUsers({ client, pageSize }, { UserPoolId })) pages.push(page);
  return pages;
};

describe("paginateListUsers", () => {
  it("stops after cognito-local's single page, which holds every user whatever the page size", async () => {
    const pages = await collect(admin, 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.Users!.map((u) => u.Username).sort()).toEqual(USERNAMES);
    expect(pages[0]!.PaginationToken).toBeUndefined();
  });

  it("follows PaginationToken across pages of pageSize users and sees every user once", async () => {
    proxy.listUsersRequests.length = 0;
    const pages = await collect(paged, 3);
    expect(pages.map((page) => page.Users!.length)).toEqual([3, 3, 3, 2]);
    const seen = pages.flatMap((page) => page.Users!.map((u) => u.Username!));
    expect(seen.sort()).toEqual(USERNAMES);

    // Every request asked for pageSize users; each after the first carried the previous page's token.
    expect(proxy.listUsersRequests.map((r) => r.Limit)).toEqual([3, 3, 3, 3]);
    const tokens = pages.map((page) => page.PaginationToken);
    expect(tokens.slice(0, -1).every((token) => typeof token === "string" && token.length > 0)).toBe(true);
    expect(tokens.at(-1)).toBeUndefined();
    expect(proxy.listUsersRequests.map((r) => r.PaginationToken)).toEqual([undefined, ...tokens.slice(0, -1)]);
    expect(pages.every((page) => page.$metadata.httpStatusCode === 200)).toBe(true);
  });

  it("resumes from a startingToken", async () => {
    const first = (await collect(paged, 4))[0]!;
    const rest = [];
    for await (const page of paginateListUsers({ client: paged, pageSize: 4, startingToken: first.PaginationToken }, { UserPoolId })) {
      rest.push(...page.Users!.map((u) => u.Username!));
    }
    expect([...first.Users!.map((u) => u.Username!), ...rest].sort()).toEqual(USERNAMES);
    expect(rest).toHaveLength(USERNAMES.length - 4);
  });
});
