import { describe, expect, it } from "vitest";
import type { OperationSchema } from "../schema/types.js";
import { Command } from "./Command.js";
import { paginate, type PaginationConfiguration } from "./paginate.js";

const ListThings$: OperationSchema = {
  name: "ListThings",
  input: { kind: "structure", name: "ListThingsInput", members: {} },
  output: { kind: "structure", name: "ListThingsOutput", members: {} },
  errors: {},
  auth: "none",
};
interface Input {
  Token?: string;
  Limit?: number;
  Filter?: string;
}
interface Output {
  Items: string[];
  Next?: string | null;
  Page?: { Token?: string };
  $metadata: {};
}
class ListThingsCommand extends Command<Input, Output> {
  constructor(input: Input) {
    super(input, ListThings$);
  }
}

/** A client answering with the given pages in turn; it records the input of every command sent. */
const clientWith = (pages: Omit<Output, "$metadata">[]) => {
  const inputs: Input[] = [];
  const client: PaginationConfiguration["client"] = {
    send: async (command) => {
      expect(command).toBeInstanceOf(ListThingsCommand);
      inputs.push(command.input);
      const page = pages[inputs.length - 1];
      if (!page) throw new Error("asked for a page past the last one");
      return { ...page, $metadata: {} };
    },
  };
  return { client, inputs };
};

const collect = async (pages: AsyncIterable<Output>): Promise<string[]> => {
  const items: string[] = [];
  for await (const page of pages) items.push(...page.Items);
  return items;
};

const tokens = { inputToken: "Token", outputToken: "Next", pageSize: "Limit" };

describe("paginate", () => {
  it("follows the output token until a page has none, keeping the rest of the input", async () => {
    const { client, inputs } = clientWith([{ Items: ["a"], Next: "t1" }, { Items: ["b"], Next: "t2" }, { Items: ["c"] }]);
    const input = { Filter: "x" };
    expect(await collect(paginate({ client }, input, ListThingsCommand, tokens))).toEqual(["a", "b", "c"]);
    expect(inputs).toEqual([{ Filter: "x" }, { Filter: "x", Token: "t1" }, { Filter: "x", Token: "t2" }]);
    expect(input).toEqual({ Filter: "x" });
  });

  it("stops on an empty or null token", async () => {
    for (const Next of ["", null]) {
      const { client, inputs } = clientWith([{ Items: ["a"], Next }]);
      expect(await collect(paginate({ client }, {}, ListThingsCommand, tokens))).toEqual(["a"]);
      expect(inputs).toHaveLength(1);
    }
  });

  it("stops when the service answers with the token it was asked with", async () => {
    const { client, inputs } = clientWith([{ Items: ["a"], Next: "same" }, { Items: ["b"], Next: "same" }]);
    expect(await collect(paginate({ client }, {}, ListThingsCommand, tokens))).toEqual(["a", "b"]);
    expect(inputs).toHaveLength(2);
  });

  it("starts from startingToken and writes pageSize into the page-size member", async () => {
    const { client, inputs } = clientWith([{ Items: ["b"] }]);
    await collect(paginate({ client, pageSize: 25, startingToken: "resume" }, { Token: "ignored" }, ListThingsCommand, tokens));
    expect(inputs).toEqual([{ Token: "resume", Limit: 25 }]);
  });

  it("starts from the input's own token when there is no startingToken", async () => {
    const { client, inputs } = clientWith([{ Items: ["b"] }]);
    await collect(paginate({ client }, { Token: "given", Limit: 3 }, ListThingsCommand, tokens));
    expect(inputs).toEqual([{ Token: "given", Limit: 3 }]);
  });

  it("fills defaultPageSize into the page-size member on every page when neither pageSize nor the input sets one", async () => {
    const { client, inputs } = clientWith([{ Items: ["a"], Next: "n" }, { Items: ["b"] }]);
    await collect(paginate({ client }, {}, ListThingsCommand, { ...tokens, defaultPageSize: 60 }));
    expect(inputs).toEqual([{ Limit: 60 }, { Token: "n", Limit: 60 }]);
  });

  it("prefers pageSize, then the input's own page size, over defaultPageSize", async () => {
    const withDefault = { ...tokens, defaultPageSize: 60 };
    const fromConfig = clientWith([{ Items: ["a"] }]);
    await collect(paginate({ client: fromConfig.client, pageSize: 7 }, { Limit: 3 }, ListThingsCommand, withDefault));
    expect(fromConfig.inputs).toEqual([{ Limit: 7 }]);
    const fromInput = clientWith([{ Items: ["a"] }]);
    await collect(paginate({ client: fromInput.client }, { Limit: 3 }, ListThingsCommand, withDefault));
    expect(fromInput.inputs).toEqual([{ Limit: 3 }]);
  });

  it("sends no page size when the operation has no defaultPageSize and the caller gave none", async () => {
    const { client, inputs } = clientWith([{ Items: ["a"] }]);
    await collect(paginate({ client }, {}, ListThingsCommand, tokens));
    expect(inputs).toEqual([{}]);
  });

  it("reads a dotted output token path", async () => {
    const { client, inputs } = clientWith([{ Items: ["a"], Page: { Token: "p2" } }, { Items: ["b"], Page: {} }]);
    const nested = { inputToken: "Token", outputToken: "Page.Token" };
    expect(await collect(paginate({ client }, {}, ListThingsCommand, nested))).toEqual(["a", "b"]);
    expect(inputs[1]).toEqual({ Token: "p2" });
  });

  it("sends nothing until the first page is asked for", async () => {
    const { client, inputs } = clientWith([{ Items: ["a"] }]);
    const pages = paginate({ client }, {}, ListThingsCommand, tokens);
    expect(inputs).toHaveLength(0);
    await pages.next();
    expect(inputs).toHaveLength(1);
  });
});
