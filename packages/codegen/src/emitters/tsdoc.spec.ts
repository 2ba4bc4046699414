import { describe, expect, it } from "vitest";
import { docComment } from "./tsdoc.js";

describe("docComment", () => {
  it("writes one line as a one-line comment and more as a block", () => {
    expect(docComment(["Required."], "  ")).toBe("  /** Required. */\n");
    expect(docComment(["a", "", "@throws X"])).toBe("/**\n * a\n *\n * @throws X\n */\n");
    expect(docComment([])).toBe("");
  });

  it("keeps a pattern holding */ from ending the comment", () => {
    expect(docComment(["Pattern: `[a-z]*/x`."])).toBe("/** Pattern: `[a-z]*\\/x`. */\n");
  });
});
