// The scaling chart: time per call against n on log-log axes, the solution's curve beside
// the reference's. Sizes are √2 apart, so plotting them side by side is already a log axis.
import { plot, cyan, darkgray } from "asciichart";
import chalk from "chalk";
import type { ProbeReport } from "../probe/run-probe.js";

export function formatSeconds(seconds: number): string {
  if (seconds >= 1) return `${seconds.toFixed(2)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toFixed(seconds >= 0.1 ? 0 : 1)} ms`;
  if (seconds >= 1e-6) return `${(seconds * 1e6).toFixed(seconds >= 1e-4 ? 0 : 1)} µs`;
  return `${(seconds * 1e9).toFixed(0)} ns`;
}

export function scalingChart(report: ProbeReport, options: { height?: number } = {}): string[] {
  const mine = report.points;
  if (mine.length < 2) return [];
  const refAt = new Map(report.reference?.points ?? []);
  const series = [mine.map(([, s]) => Math.log10(s))];
  const reference = mine.map(([n]) => refAt.get(n));
  const hasReference = reference.some((s) => s !== undefined);
  if (hasReference) series.push(reference.map((s) => (s === undefined ? NaN : Math.log10(s))));
  const colored = chalk.level > 0;
  const chart = plot(series, {
    height: options.height ?? 8,
    colors: colored ? [cyan, darkgray] : undefined,
    format: (y: number) => formatSeconds(10 ** y).padStart(9),
  }).split("\n");
  const first = mine[0][0].toLocaleString("en");
  const last = mine[mine.length - 1][0].toLocaleString("en");
  const axisWidth = 11;
  const axis = `${" ".repeat(axisWidth)}n = ${first}${" ".repeat(Math.max(1, mine.length - first.length - last.length - 4))}${last}`;
  const legend = [`${chalk.cyan("━━")} yours: ${report.measured ?? "?"}`];
  if (hasReference) legend.push(`${chalk.gray("━━")} reference: ${report.reference?.measured ?? "?"}`);
  return [...chart, axis, `${" ".repeat(axisWidth)}${legend.join("   ")}   ${chalk.dim("(log-log)")}`];
}
