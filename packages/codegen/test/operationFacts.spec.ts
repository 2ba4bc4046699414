import { describe, expect, it } from "vitest";
import { generateClient, type AstModel } from "../src/index.js";

/** A service with one operation of each kind: plain, sent to a prefixed host, and compressed. */
const model = (operations: string[]): AstModel => ({
  smithy: "2.0",
  shapes: {
    "example.facts#Facts": {
      type: "service",
      version: "1.0",
      operations: operations.map((name) => ({ target: `example.facts#${name}` })),
      traits: { "aws.protocols#awsJson1_1": {} },
    },
    "example.facts#Plain": { type: "operation", input: { target: "example.facts#Input" } },
    "example.facts#Prefixed": {
      type: "operation",
      input: { target: "example.facts#Input" },
      traits: { "smithy.api#endpoint": { hostPrefix: "{Tenant}.data-" } },
    },
    "example.facts#Compressed": {
      type: "operation",
      input: { target: "example.facts#Input" },
      traits: { "smithy.api#requestCompression": { encodings: ["zstd", "gzip"] } },
    },
    "example.facts#Input": {
      type: "structure",
      members: { Tenant: { target: "smithy.api#String", traits: { "smithy.api#hostLabel": {}, "smithy.api#required": {} } } },
    },
  },
});

const generate = (operations: string[]) => generateClient(model(operations), { modelFileName: "facts.json" });

describe("an operation's host prefix and compression", () => {
  const files = generate(["Plain", "Prefixed", "Compressed"]);
  const command = (name: string) => files.get(`commands/${name}Command.ts`)!;
  const client = files.get("FactsClient.ts")!;

  it("are stated alike by the command's TSDoc, its operation schema and the client's plugins", () => {
    expect(command("Prefixed")).toContain("Sent to the endpoint's host prefixed with `{Tenant}.data-`");
    expect(command("Prefixed")).toContain(`hostPrefix: hostPrefix("{Tenant}.data-"),`);
    expect(command("Compressed")).toContain("are sent gzip-compressed.");
    expect(command("Compressed")).toContain("requestCompression: gzip,");
    expect(client).toMatch(/^  plugins: \[getHostPrefixPlugin, getCompressionPlugin\],$/m);
  });

  it("are left out of an operation without the traits", () => {
    expect(command("Plain")).not.toMatch(/host prefixed|hostPrefix|compress/i);
    expect(command("Prefixed")).not.toMatch(/compress/i);
    expect(command("Compressed")).not.toMatch(/host prefixed|hostPrefix/i);
  });

  it("give a client whose operations lack them no plugin", () => {
    expect(generate(["Plain"]).get("FactsClient.ts")).not.toContain("plugins");
    expect(generate(["Plain", "Compressed"]).get("FactsClient.ts")).toMatch(/^  plugins: \[getCompressionPlugin\],$/m);
  });
});
