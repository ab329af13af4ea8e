// A problem's probe shape per language: problem.json's probe limits with a language's own over
// them, and a generator told which runtime it makes inputs for.
import { describe, expect, it } from "vitest";
import { probeInputs, probeLimits } from "../../src/probe/shared.js";
import { createRng } from "../../src/random/rng.js";
import { realProblem } from "../helpers/run-solution.js";

describe("per-language probe shapes", () => {
  it("gives each language its own limits over the shared ones (py also for PyTorch)", () => {
    const problem = realProblem("kv-cache-decoding");
    expect(probeLimits(problem, "ts")).toEqual({ minN: 8, floorN: 2 });
    expect(probeLimits(problem, "py")).toEqual({ minN: 32, floorN: 2 });
    expect(probeLimits(problem, "torch")).toEqual({ minN: 32, floorN: 2 });
    // A problem without a language of its own gets the shared limits everywhere.
    expect(probeLimits(realProblem("two-sum"), "ts")).toEqual(probeLimits(realProblem("two-sum"), "py"));
  });

  it("tells the generator the language, so attention is narrow where plain loops pay per multiply", async () => {
    const problem = realProblem("kv-cache-decoding");
    const width = async (lang: "ts" | "py" | "torch") => {
      const [x, , heads] = (await probeInputs(problem, lang))(20, createRng(1)) as [number[][], unknown, number];
      return { tokens: x.length, dModel: x[0].length, heads };
    };
    expect(await width("ts")).toEqual({ tokens: 20, dModel: 4, heads: 2 });
    expect(await width("py")).toEqual({ tokens: 20, dModel: 64, heads: 32 });
    expect(await width("torch")).toEqual(await width("py"));
  });
});
