// Expected values of the tensor problems are checked against implementations written
// apart from the references: numpy (real python3), and finite differences for gradients.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/random/rng.js";
import { loadGenerator, loadReference } from "../../src/runner/problem-modules.js";
import { repoRoot } from "../helpers/cli.js";
import { realProblem } from "../helpers/run-solution.js";

const python = (script: string) => execFileSync("python3", [join(repoRoot, "tests", "python", script)], { encoding: "utf8" });

describe("tensor cases against numpy", () => {
  it("mha: every expected output matches an independent numpy implementation", () => {
    expect(python("mha_numpy.py")).toMatch(/^mha: \d+ cases agree with numpy/);
  });

  it("mlp: every expected loss, gradient and update matches numpy and finite differences", () => {
    expect(python("mlp_numpy.py")).toMatch(/^mlp: \d+ valid cases recomputed .* matched finite differences/);
  });

  // Every other problem's independent check: each script exits non-zero (failing execFileSync) on a mismatch.
  const others = readdirSync(join(repoRoot, "tests", "python")).filter((f) => f.endsWith("_numpy.py") && !["mha_numpy.py", "mlp_numpy.py"].includes(f));
  it.each(others)("%s agrees with the cases", (script) => {
    expect(() => python(script)).not.toThrow();
  });
});

interface MlpParams {
  W: number[][][];
  b: number[][];
}
type MlpStep = (params: MlpParams, x: number[][], y: number[][], lr: number) => { loss: number; grads: MlpParams };

describe("mlp reference gradients", () => {
  it("equal central finite differences of its own loss on generated networks", async () => {
    const problem = realProblem("mlp");
    const step = (await loadReference(problem)) as unknown as MlpStep;
    const generator = await loadGenerator(problem);
    const h = 1e-6;
    let checked = 0;
    for (let seed = 1; seed <= 5; seed++) {
      const [params, x, y] = generator.generate(4, createRng(seed)) as [MlpParams, number[][], number[][]];
      const { grads } = step(structuredClone(params), x, y, 0);
      const lossAt = (p: MlpParams) => step(p, x, y, 0).loss;
      for (const key of ["W", "b"] as const) {
        params[key].forEach((tensor, layer) => {
          const flat = (tensor as unknown[]).flat(2) as number[];
          flat.forEach((_, i) => {
            const plus = structuredClone(params);
            const minus = structuredClone(params);
            const bump = (p: MlpParams, d: number) => {
              const t = p[key][layer] as unknown;
              if (Array.isArray((t as unknown[])[0])) {
                const cols = (t as number[][])[0].length;
                (t as number[][])[Math.floor(i / cols)][i % cols] += d;
              } else (t as number[])[i] += d;
            };
            bump(plus, h);
            bump(minus, -h);
            const numeric = (lossAt(plus) - lossAt(minus)) / (2 * h);
            const analytic = ((grads[key][layer] as unknown[]).flat(2) as number[])[i];
            expect(Math.abs(numeric - analytic)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(numeric)));
            checked++;
          });
        });
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
