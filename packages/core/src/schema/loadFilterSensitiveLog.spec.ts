import { HttpResponse } from "@smithy/protocol-http";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { OperationSchema, StructureSchema } from "./types.js";

const S = "***SensitiveInformation***";
const EchoInput$: StructureSchema = {
  kind: "structure",
  name: "EchoInput",
  members: { Name: { target: "string" }, Secret: { target: "string", sensitive: true } },
};
const Echo$: OperationSchema = {
  name: "Echo",
  input: EchoInput$,
  output: { kind: "structure", name: "EchoOutput", members: { Greeting: { target: "string" } } },
  auth: "none",
};

// Each test gets its own module instances, so "not loaded yet" is the state of a fresh process.
const fresh = async () => {
  const loading = await import("./loadFilterSensitiveLog.js");
  const { Client } = await import("../client/Client.js");
  const { Command } = await import("../client/Command.js");
  const { testService } = await import("../../test/support/testService.js");
  const requests: unknown[] = [];
  const requestHandler = {
    handle: async (request: unknown) => {
      requests.push(request);
      return { response: new HttpResponse({ statusCode: 200, headers: {}, body: new TextEncoder().encode('{"Greeting":"hi"}') }) };
    },
  };
  const newClient = (extra: object = {}) =>
    new Client({ endpoint: "https://test.example.com", region: "us-east-1", requestHandler, ...extra }, testService());
  const echo = (input: object) => new (class extends Command<any, any> {})(input, Echo$);
  return { ...loading, newClient, echo, requests };
};

describe("loading the sensitive-log filter on use", () => {
  beforeEach(() => vi.resetModules());

  it("hides an object as a whole until the filter is loaded, then filters member by member", async () => {
    const { filterSensitiveLogOnceLoaded, loadFilterSensitiveLog, isFilterSensitiveLogLoaded } = await fresh();
    expect(isFilterSensitiveLogLoaded()).toBe(false);
    expect(filterSensitiveLogOnceLoaded(EchoInput$, { Name: "a", Secret: "hunter2" })).toBe(S);
    expect(filterSensitiveLogOnceLoaded(EchoInput$, "text")).toBe("text");
    await loadFilterSensitiveLog();
    expect(isFilterSensitiveLogLoaded()).toBe(true);
    expect(filterSensitiveLogOnceLoaded(EchoInput$, { Name: "a", Secret: "hunter2" })).toEqual({ Name: "a", Secret: S });
  });

  it("is never loaded by a client with the default logger and only its own middleware", async () => {
    const { newClient, echo, isFilterSensitiveLogLoaded, requests } = await fresh();
    const client = newClient();
    await client.send(echo({ Name: "a", Secret: "hunter2" }));
    await client.send(echo({ Name: "b" }));
    expect(requests).toHaveLength(2);
    expect(isFilterSensitiveLogLoaded()).toBe(false);
  });

  it("is loaded before the first call through middleware the client did not add, which sees working filters", async () => {
    const { newClient, echo } = await fresh();
    const client = newClient();
    const seen: any[] = [];
    client.middlewareStack.add((next, context) => ((seen.push(context), next)), { step: "initialize", name: "peek" });
    await client.send(echo({ Name: "a", Secret: "hunter2" }));
    expect(seen[0].inputFilterSensitiveLog({ Name: "a", Secret: "hunter2" })).toEqual({ Name: "a", Secret: S });
    expect(seen[0].outputFilterSensitiveLog({ Greeting: "hi" })).toEqual({ Greeting: "hi" });
  });

  it("is loaded, with the log records, before the first call of a client with a logger, which logs it filtered", async () => {
    const { newClient, echo } = await fresh();
    const records: any[] = [];
    const logger = { debug() {}, info: (record: any) => records.push(record), warn() {}, error() {} };
    await newClient({ logger }).send(echo({ Name: "a", Secret: "hunter2" }));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ clientName: "TestClient", commandName: "EchoCommand", input: { Name: "a", Secret: S }, output: { Greeting: "hi" } });
  });
});
