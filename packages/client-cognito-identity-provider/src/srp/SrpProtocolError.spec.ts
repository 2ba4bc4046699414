import { describe, expect, it } from "vitest";
import { SrpProtocolError } from "./SrpProtocolError.js";

describe("SrpProtocolError", () => {
  it("recognises an instance of another copy of the class (the self-contained SRP chunk has its own) by name", () => {
    class CopyInTheChunk extends Error {
      override readonly name = "SrpProtocolError";
    }
    expect(new CopyInTheChunk("PASSWORD_VERIFIER challenge without SALT")).toBeInstanceOf(SrpProtocolError);
    expect(new SrpProtocolError("x")).toBeInstanceOf(SrpProtocolError);
    expect(new SrpProtocolError("x")).toBeInstanceOf(Error);
    expect(new Error("x")).not.toBeInstanceOf(SrpProtocolError);
    expect({ name: "SrpProtocolError" }).not.toBeInstanceOf(SrpProtocolError);
  });
});
