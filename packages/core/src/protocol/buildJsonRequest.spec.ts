import { describe, expect, it } from "vitest";
import { testService } from "../../test/support/testService.js";
import { Client } from "../client/Client.js";
import { Command } from "../client/Command.js";
import type { OperationSchema } from "../schema/types.js";

const Unit = { kind: "structure", name: "Unit", members: {} } as const;
const Op$: OperationSchema = { name: "Op", input: Unit, output: Unit, auth: "none" };

/** The path the request was sent to, for an endpoint override or one the rules give. */
const pathFor = async (config: object, rulesUrl?: string): Promise<string> => {
  let path = "";
  const service = testService(rulesUrl ? { resolveEndpoint: () => ({ url: rulesUrl }) } : {});
  const client = new Client(
    { region: "us-east-1", maxAttempts: 1, requestHandler: { handle: async (r: any) => ((path = r.path), Promise.reject(new Error("stop"))) }, ...config },
    service,
  );
  await client.send(new Command({}, Op$) as any).catch(() => undefined);
  return path;
};

describe("buildJsonRequest", () => {
  it("POSTs to the endpoint's path + '/', as awsJson1_1 clients do (an endpoint behind a proxy path)", async () => {
    expect(await pathFor({ endpoint: "https://example.com" })).toBe("/");
    expect(await pathFor({ endpoint: "https://example.com/" })).toBe("/");
    expect(await pathFor({ endpoint: "https://example.com/custom" })).toBe("/custom/");
    expect(await pathFor({ endpoint: "https://example.com/custom/" })).toBe("/custom/");
    expect(await pathFor({ endpoint: new URL("https://example.com/a/b") })).toBe("/a/b/");
    expect(await pathFor({ endpoint: { hostname: "example.com", path: "/custom" } })).toBe("/custom/");
  });

  it("does the same for an endpoint the rules resolve", async () => {
    expect(await pathFor({}, "https://rules.example.com/base")).toBe("/base/");
    expect(await pathFor({}, "https://rules.example.com")).toBe("/");
  });
});
