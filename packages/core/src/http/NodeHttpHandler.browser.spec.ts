import { describe, expect, it } from "vitest";
import { NodeHttpHandler } from "./NodeHttpHandler.browser.js";

describe("NodeHttpHandler in browser builds", () => {
  it("refuses to be constructed and points to FetchHttpHandler", () => {
    expect(() => new NodeHttpHandler()).toThrow(/FetchHttpHandler/);
    expect(() => NodeHttpHandler.create()).toThrow(/FetchHttpHandler/);
  });
});
