import { describe, expect, it } from "vitest";
import type { AstModel, AstShape } from "./ast.js";
import { memberTrait, ShapeGraph } from "./ShapeGraph.js";

const model = (shapes: Record<string, AstShape>): AstModel => ({ smithy: "2.0", shapes });
const ref = (target: string) => ({ target });

describe("ShapeGraph", () => {
  it("resolves prelude targets", () => {
    const graph = new ShapeGraph(model({ "a#S": { type: "structure", members: { n: ref("smithy.api#Integer") } } }));
    expect(graph.get("a#S").members[0]!.target).toMatchObject({ id: "smithy.api#Integer", type: "integer", name: "Integer" });
  });

  it("names the shape a missing target was asked for", () => {
    expect(() => new ShapeGraph(model({ "a#S": { type: "structure", members: { n: ref("a#Nope") } } }))).toThrow(
      "shape a#Nope is targeted but not defined",
    );
  });

  it("flattens mixins: their members first, their traits under the shape's own, @mixin dropped", () => {
    const graph = new ShapeGraph(
      model({
        "a#Base": {
          type: "structure",
          members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
          traits: { "smithy.api#mixin": {}, "smithy.api#sensitive": {} },
        },
        "a#S": {
          type: "structure",
          mixins: [ref("a#Base")],
          members: { name: ref("smithy.api#String") },
          traits: { "smithy.api#deprecated": {} },
        },
      }),
    );
    const s = graph.get("a#S");
    expect(s.members.map((m) => m.name)).toEqual(["id", "name"]);
    expect(s.members[0]!.traits).toEqual({ "smithy.api#required": {} });
    expect(s.traits).toEqual({ "smithy.api#sensitive": {}, "smithy.api#deprecated": {} });
  });

  it("applies `apply` statements to structure and list members", () => {
    const graph = new ShapeGraph(
      model({
        "a#S": { type: "structure", members: { n: ref("smithy.api#String") } },
        "a#S$n": { type: "apply", traits: { "smithy.api#required": {} } },
        "a#L": { type: "list", member: ref("smithy.api#String") },
        "a#L$member": { type: "apply", traits: { "smithy.api#length": { max: 3 } } },
      }),
    );
    expect(graph.get("a#S").members[0]!.traits).toEqual({ "smithy.api#required": {} });
    expect(graph.get("a#L").member!.traits).toEqual({ "smithy.api#length": { max: 3 } });
  });

  it("reads a Smithy 1.0 @enum string as an enum shape", () => {
    const graph = new ShapeGraph(
      model({ "a#E": { type: "string", traits: { "smithy.api#enum": [{ value: "x-y", name: "XY" }, { value: "plain" }] } } }),
    );
    const e = graph.get("a#E");
    expect(e.type).toBe("enum");
    expect(e.members.map((m) => [m.name, m.traits["smithy.api#enumValue"]])).toEqual([["XY", "x-y"], ["PLAIN", "plain"]]);
  });

  it("finds operations through resources, sorted, with service errors appended", () => {
    const graph = new ShapeGraph(
      model({
        "a#Svc": { type: "service", operations: [ref("a#Zed")], resources: [ref("a#R")], errors: [ref("a#Oops")] },
        "a#R": { type: "resource", read: ref("a#Get"), resources: [ref("a#Child")] },
        "a#Child": { type: "resource", list: ref("a#List") },
        "a#Zed": { type: "operation", errors: [ref("a#Oops")] },
        "a#Get": { type: "operation", input: ref("smithy.api#Unit") },
        "a#List": { type: "operation" },
        "a#Oops": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
      }),
    );
    const ops = graph.operations(graph.service());
    expect(ops.map((op) => op.name)).toEqual(["Get", "List", "Zed"]);
    expect(ops[0]!.input).toBeUndefined();
    expect(ops[2]!.errors.map((e) => e.name)).toEqual(["Oops"]);
  });

  it("keeps only shapes the operations reach, and never smithy.api#Unit from enum members", () => {
    const graph = new ShapeGraph(
      model({
        "a#Svc": { type: "service", operations: [ref("a#Op")] },
        "a#Op": { type: "operation", input: ref("a#In") },
        "a#In": { type: "structure", members: { e: ref("a#E"), l: ref("a#L") } },
        "a#E": { type: "enum", members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "a" } } } },
        "a#L": { type: "list", member: ref("a#In") },
        "a#Orphan": { type: "structure", members: {} },
      }),
    );
    const closure = graph.closure(graph.operations(graph.service()));
    expect(closure.map((s) => s.id)).toEqual(["a#E", "a#In", "a#L"]);
  });

  it("refuses two generated shapes with one name", () => {
    const graph = new ShapeGraph(
      model({
        "a#Svc": { type: "service", operations: [ref("a#Op")] },
        "a#Op": { type: "operation", input: ref("a#Thing"), output: ref("b#Thing") },
        "a#Thing": { type: "structure", members: {} },
        "b#Thing": { type: "structure", members: {} },
      }),
    );
    expect(() => graph.closure(graph.operations(graph.service()))).toThrow("two shapes are named Thing");
  });

  it("lets a member's traits win over its target's, @default(null) included", () => {
    const graph = new ShapeGraph(
      model({
        "a#N": { type: "integer", traits: { "smithy.api#default": 0, "smithy.api#range": { min: 0 } } },
        "a#S": {
          type: "structure",
          members: { n: { target: "a#N", traits: { "smithy.api#default": null, "smithy.api#range": { max: 9 } } } },
        },
      }),
    );
    const member = graph.get("a#S").members[0]!;
    expect(memberTrait(member, "smithy.api#default")).toBeNull();
    expect(memberTrait(member, "smithy.api#range")).toEqual({ max: 9 });
  });
});
