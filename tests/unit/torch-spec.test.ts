// problem.json's "torch" section is checked on load: expressions name real arguments, the
// signature starts with the entry, dtypes name arguments.
import { describe, expect, it } from "vitest";
import { checkTorchSpec } from "../../src/registry/torch-spec.js";
import type { TorchSpec } from "../../src/registry/schema.js";

const layer = (module: Partial<NonNullable<TorchSpec["module"]>>): TorchSpec => ({
  entry: "Layer",
  signature: "Layer(d: int) -> nn.Module",
  module: { init: ["x.shape[-1]"], weights: { "proj.weight": "p.w.T" }, forward: ["x"], ...module },
});

describe("the torch section of problem.json", () => {
  it("accepts arguments, fields, shapes and transposes", () => {
    expect(checkTorchSpec(layer({}), ["x", "p"])).toBeNull();
    expect(checkTorchSpec(layer({ init: ["p.wq.shape[0]", "numHeads"] }), ["x", "p", "numHeads"])).toBeNull();
  });

  it("accepts a * for every layer of a stack in a parameter path, but not as its first name", () => {
    expect(checkTorchSpec(layer({ weights: { "blocks.*.attn.q_proj.weight": "p.wq.T" } }), ["x", "p"])).toBeNull();
    expect(checkTorchSpec(layer({ weights: { "*.weight": "p.w" } }), ["x", "p"])).toMatch(/not a parameter path/);
    expect(checkTorchSpec(layer({ weights: { "blocks.*x.weight": "p.w" } }), ["x", "p"])).toMatch(/not a parameter path/);
  });

  it("names the field and the argument that does not exist", () => {
    expect(checkTorchSpec(layer({ forward: ["y"] }), ["x", "p"])).toMatch(/torch\.module\.forward\[0\]: "y" is not an argument \(x, p\)/);
    expect(checkTorchSpec(layer({ weights: { "proj.weight": "p.w.T()" } }), ["x", "p"])).toMatch(/torch\.module\.weights\["proj\.weight"\]: "p\.w\.T\(\)" is not an argument, a field/);
    expect(checkTorchSpec(layer({ weights: { "proj..weight": "p.w" } }), ["x", "p"])).toMatch(/not a parameter path/);
  });

  it("wants the signature to start with the entry, and dtypes of real arguments", () => {
    expect(checkTorchSpec({ entry: "f", signature: "g(x)" }, ["x"])).toMatch(/should start with the entry name "f\("/);
    expect(checkTorchSpec({ entry: "f", signature: "f(x)", dtypes: { labels: "long" } }, ["x"])).toMatch(/torch\.dtypes: "labels" is not an argument/);
  });
});
