// Without colour the two curves of a scaling chart must still look different.
import chalk from "chalk";
import { afterEach, describe, expect, it } from "vitest";
import type { ProbeReport } from "../../src/probe/run-probe.js";
import { scalingChart } from "../../src/report/chart.js";

const sizes = [1000, 1414, 2000, 2828, 4000, 5657, 8000];
const report = {
  measured: "O(n^2)",
  points: sizes.map((n) => [n, (n * n) / 1e9] as [number, number]),
  reference: { measured: "O(n)", points: sizes.map((n) => [n, n / 1e7] as [number, number]) },
} as unknown as ProbeReport;

describe("scalingChart without colour", () => {
  const level = chalk.level;
  afterEach(() => (chalk.level = level));

  it("draws the reference dotted and says so in the legend", () => {
    chalk.level = 0;
    const lines = scalingChart(report);
    const body = lines.slice(0, -2).join("\n");
    expect(body).toMatch(/[─╭╮╰╯]/); // yours: solid
    expect(body).toMatch(/[·:]/); // the reference: dotted
    expect(lines[lines.length - 1]).toContain("━━ yours: O(n^2)");
    expect(lines[lines.length - 1]).toContain("·· reference: O(n)");
  });
});
