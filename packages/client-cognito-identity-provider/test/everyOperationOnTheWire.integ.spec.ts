// Every command of the official client, sent by lithe and by the official client with an input that
// sets every member, to one in-memory request handler: the same request, the same output parsed from
// a response that sets every member, the same error thrown for a declared error. The operations come
// from the official package, so a command lithe lacks fails here until its model has it; the inputs
// come from lithe's model, widened by members only the official schema knows, so a stale model fails
// too. Lithe validates input before sending (README); the inputs honour the model's constraints.
import { readFileSync } from "node:fs";
import * as official from "@aws-sdk/client-cognito-identity-provider";
import { ShapeGraph, type Operation } from "@lithe/codegen";
import * as lithe from "@lithe/client-cognito-identity-provider";
import { NormalizedSchema } from "@smithy/core/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { dataDifferences } from "./support/dataDifferences.js";
import { exampleOf } from "./support/generateExample.js";
import { InMemoryHandler, type RecordedRequest } from "./support/inMemoryHandler.js";
import { seededRandom } from "./support/seededRandom.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "1";

const MODEL_URL = new URL("../../../codegen-model/cognito-identity-provider.json", import.meta.url);
const graph = new ShapeGraph(JSON.parse(readFileSync(MODEL_URL, "utf8")));
const modelOperations = new Map(graph.operations(graph.service()).map((op) => [op.name, op]));

const commandNames = (module: object) =>
  Object.keys(module)
    .filter((key) => /^[A-Z]\w*Command$/.test(key) && typeof (module as any)[key] === "function")
    .map((key) => key.slice(0, -"Command".length))
    .sort();
const officialOperations = commandNames(official);
const litheOperations = new Set(commandNames(lithe));
const shared = officialOperations.filter((name) => litheOperations.has(name) && modelOperations.has(name));

const handler = new InMemoryHandler();
const config = {
  region: "eu-west-1",
  credentials: { accessKeyId: "AKIDWIRETEST", secretAccessKey: "wire-test-secret" },
  requestHandler: handler,
  maxAttempts: 1,
};
let litheClient: lithe.CognitoIdentityProviderClient;
let officialClient: official.CognitoIdentityProviderClient;

beforeAll(() => {
  litheClient = new lithe.CognitoIdentityProviderClient(config);
  officialClient = new official.CognitoIdentityProviderClient(config);
  return () => {
    litheClient.destroy();
    officialClient.destroy();
  };
});

/** The operation's schema in the official package (`AdminCreateUser$`: [9, namespace, name, traits, input, output]). */
const officialSchemaOf = (name: string) => {
  const schema = (official as any)[`${name}$`];
  if (!Array.isArray(schema)) throw new Error(`the official client has no operation schema ${name}$`);
  return { input: NormalizedSchema.of(schema[4]), output: NormalizedSchema.of(schema[5]) };
};

type Settled = { output: any; error?: undefined } | { output?: undefined; error: any };

/** Sends one generated input through each client, both answered by the handler's canned response. */
const sendBoth = async (name: string, input: unknown) => {
  const settle = (promise: Promise<any>): Promise<Settled> => promise.then((output) => ({ output }), (error) => ({ error }));
  const sent = handler.requests.length;
  const litheResult = await settle(litheClient.send(new (lithe as any)[`${name}Command`](input)));
  if (handler.requests.length !== sent + 1) {
    throw new Error(`${name}: lithe sent ${handler.requests.length - sent} requests, not 1${litheResult.error ? ` (${litheResult.error.message})` : ""}`);
  }
  const officialResult = await settle(officialClient.send(new (official as any)[`${name}Command`](input)));
  if (handler.requests.length !== sent + 2) throw new Error(`${name}: the official client sent no request (${officialResult.error?.message})`);
  return { litheResult, officialResult, litheRequest: handler.requests.at(-2)!, officialRequest: handler.requests.at(-1)! };
};

const inputOf = (op: Operation) => exampleOf(op.input, officialSchemaOf(op.name).input, seededRandom(`${op.name} input`), `${op.name}Request`);

const jsonResponse = (statusCode: number, requestId: string, body: unknown) => ({
  statusCode,
  headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId },
  body: JSON.stringify(body),
});

/** The parts of a request the service acts on. */
const essentials = (request: RecordedRequest) => ({
  method: request.method,
  url: `${request.protocol}//${request.hostname}${request.path}`,
  "x-amz-target": request.headers["x-amz-target"],
  "content-type": request.headers["content-type"],
  signed: "authorization" in request.headers,
});

const failed = (name: string, what: string, differences: string[]) => `${name}: ${what} differs\n  ${differences.join("\n  ")}`;

describe("the official client's commands", () => {
  it.each(officialOperations)("lithe has %sCommand, as the official client does", (name) => {
    if (!litheOperations.has(name)) expect.fail(`${name}: the official client has ${name}Command, lithe has none`);
    if (!modelOperations.has(name)) expect.fail(`${name}: lithe exports ${name}Command but its model has no ${name} operation`);
  });

  it("lithe has no command the official client lacks", () => {
    expect([...litheOperations].filter((name) => !officialOperations.includes(name))).toEqual([]);
  });
});

describe("requests with every input member set", () => {
  it.each(shared)("%s sends the same request as the official client", async (name) => {
    const op = modelOperations.get(name)!;
    handler.response = jsonResponse(200, "wire-request", {});
    const input = inputOf(op);
    const { litheResult, litheRequest, officialRequest } = await sendBoth(name, input.value);
    expect(litheResult.error, `${name}: lithe must accept the generated input`).toBeUndefined();
    // Every generated member is on the wire: the official client sends the generated input as is.
    expect(dataDifferences(JSON.parse(officialRequest.body), input.wire), `${name}: the official body is not the generated input`).toEqual([]);
    const head = dataDifferences(essentials(litheRequest), essentials(officialRequest));
    if (head.length > 0) expect.fail(failed(name, "the request line or headers", head));
    const body = dataDifferences(JSON.parse(litheRequest.body), JSON.parse(officialRequest.body));
    if (body.length > 0) expect.fail(failed(name, "the JSON body", body));
  });
});

describe("responses with every output member set", () => {
  it.each(shared)("%s parses the same output as the official client", async (name) => {
    const op = modelOperations.get(name)!;
    const output = exampleOf(op.output, officialSchemaOf(name).output, seededRandom(`${name} output`), `${name}Response`);
    handler.response = jsonResponse(200, `req-${name}`, output.wire);
    const { litheResult, officialResult } = await sendBoth(name, inputOf(op).value);
    expect(officialResult.error, `${name}: the official client must parse the canned response`).toBeUndefined();
    expect(litheResult.error, `${name}: lithe must parse the canned response`).toBeUndefined();
    const { $metadata: litheMetadata, ...litheOutput } = litheResult.output;
    const { $metadata: officialMetadata, ...officialOutput } = officialResult.output;
    // The canned response is what was generated: the official client parses it back to the generated value.
    expect(dataDifferences(officialOutput, output.value), `${name}: the canned response is not what was generated`).toEqual([]);
    const outputs = dataDifferences(litheOutput, officialOutput);
    if (outputs.length > 0) expect.fail(failed(name, "the parsed output", outputs));
    expect(litheMetadata).toMatchObject({ httpStatusCode: 200, requestId: `req-${name}` });
    const metadata = dataDifferences(litheMetadata, officialMetadata);
    if (metadata.length > 0) expect.fail(failed(name, "$metadata", metadata));
  });
});

describe("a declared error for every operation", () => {
  it.each(shared)("%s throws a declared error as the official client does", async (name) => {
    const op = modelOperations.get(name)!;
    const random = seededRandom(`${name} error`);
    if (op.errors.length === 0) expect.fail(`${name}: lithe's model declares no error for ${name}`);
    const declared = random.pick(op.errors);
    const httpError = declared.traits["smithy.api#httpError"] as number | undefined;
    const status = httpError ?? (declared.traits["smithy.api#error"] === "server" ? 500 : 400);
    const message = `${declared.name} for ${name} (${random.chars("abcdefghij", 6)})`;
    handler.response = jsonResponse(status, `err-${name}`, { __type: declared.name, message });
    const { litheResult, officialResult } = await sendBoth(name, inputOf(op).value);
    const mine = litheResult.error;
    const theirs = officialResult.error;
    expect(theirs?.name, `${name}: the official client must throw ${declared.name}`).toBe(declared.name);
    expect(mine?.name, `${name}: lithe must throw ${declared.name}`).toBe(declared.name);
    const pick = (e: any) => ({
      name: e.name,
      $fault: e.$fault,
      message: e.message,
      $metadata: e.$metadata,
    });
    const differences = dataDifferences(pick(mine), pick(theirs));
    if (differences.length > 0) expect.fail(failed(name, `the ${declared.name} thrown`, differences));
    expect(pick(mine)).toMatchObject({ name: declared.name, message, $metadata: { httpStatusCode: status, requestId: `err-${name}` } });
    expect(mine).toBeInstanceOf((lithe as any)[declared.name]);
  });
});
