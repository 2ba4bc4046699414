import { describe, expect, it } from "vitest";
import { testService } from "../../test/support/testService.js";
import { Client } from "../client/Client.js";
import { Command } from "../client/Command.js";
import { hostPrefix as prefix } from "../protocol/hostPrefix.js";
import { ValidationError } from "../schema/ValidationError.js";
import { getHostPrefixPlugin } from "./getHostPrefixPlugin.js";
import type { OperationSchema } from "../schema/types.js";

const Unit = { kind: "structure", name: "Unit", members: {} } as const;
const operation = (hostPrefix?: string): OperationSchema => ({
  name: "Op",
  input: { kind: "structure", name: "OpInput", members: { Account: { target: "string" }, Region: { target: "string" } } },
  output: Unit,
  auth: "none",
  ...(hostPrefix !== undefined ? { hostPrefix: prefix(hostPrefix) } : {}),
});

/** The hostname the request went to, or what the call threw before sending. */
const sendTo = async (op: OperationSchema, input: object, config: object = {}) => {
  const hosts: string[] = [];
  const client = new Client(
    {
      endpoint: "https://api.example.com",
      region: "us-east-1",
      maxAttempts: 1,
      requestHandler: { handle: async (request: any) => (hosts.push(request.hostname), Promise.reject(new Error("stop"))) },
      ...config,
    },
    testService({ plugins: [getHostPrefixPlugin] }),
  );
  const thrown = await client.send(new Command(input, op) as any).catch((error: unknown) => error);
  return { hosts, thrown };
};

describe("hostPrefixMiddleware", () => {
  it("prepends a literal prefix, and fills labels from the input", async () => {
    expect((await sendTo(operation("data."), {})).hosts).toEqual(["data.api.example.com"]);
    expect((await sendTo(operation("{Account}.{Region}-x."), { Account: "123456789012", Region: "eu-1" })).hosts).toEqual([
      "123456789012.eu-1-x.api.example.com",
    ]);
  });

  it("leaves the host alone for operations without the trait, and when the client says disableHostPrefix", async () => {
    expect((await sendTo(operation(), { Account: "a" })).hosts).toEqual(["api.example.com"]);
    expect((await sendTo(operation("{Account}."), { Account: "a" }, { disableHostPrefix: true })).hosts).toEqual(["api.example.com"]);
  });

  it("rejects a missing, empty or non-host label before sending, naming every offending member without its value", async () => {
    for (const [input, offending] of [
      [{}, ["Account", "Region"]],
      [{ Account: "", Region: "ok" }, ["Account"]],
      [{ Account: "has space", Region: "-leading" }, ["Account", "Region"]],
      [{ Account: "a/b", Region: "x".repeat(64) }, ["Account", "Region"]],
      [{ Account: "under_score", Region: "trailing-" }, ["Account", "Region"]],
    ] as const) {
      const { hosts, thrown } = await sendTo(operation("{Account}.{Region}."), input);
      expect(hosts).toEqual([]);
      expect(thrown).toBeInstanceOf(ValidationError);
      expect((thrown as ValidationError).violations.map((v) => v.path)).toEqual(offending);
      for (const value of Object.values(input)) if (value.length > 1) expect((thrown as Error).message).not.toContain(value);
    }
  });

  it("accepts dotted labels and labels of 63 characters", async () => {
    const long = "a".repeat(63);
    expect((await sendTo(operation("{Account}."), { Account: `x1.${long}` })).hosts).toEqual([`x1.${long}.api.example.com`]);
  });
});
