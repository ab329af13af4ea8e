// The scaling chart: time per call against n on log-log axes, the solution's curve beside
// the reference's. Sizes are √2 apart, so plotting them side by side is already a log axis.
import { plot, cyan, darkgray } from "asciichart";
import chalk from "chalk";
import type { ProbeReport } from "../probe/run-probe.js";
import type { SpaceReport } from "../probe/space.js";

export function formatSeconds(seconds: number): string {
  if (seconds >= 1) return `${seconds.toFixed(2)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toFixed(seconds >= 0.1 ? 0 : 1)} ms`;
  if (seconds >= 1e-6) return `${(seconds * 1e6).toFixed(seconds >= 1e-4 ? 0 : 1)} µs`;
  return `${(seconds * 1e9).toFixed(0)} ns`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes >= 10 * 1024 ? 0 : 1)} KB`;
  return `${Math.round(bytes)} B`;
}

interface LogLogChart {
  mine: [number, number][];
  reference: [number, number][] | undefined;
  format: (value: number) => string;
  height: number;
  labels: { mine: string; reference: string; axis: string };
}

/**
 * The solution's curve and, where it was measured at every one of the same sizes, the
 * reference's (a chart cannot show a line with gaps).
 */
function logLogChart({ mine, reference, format, height, labels }: LogLogChart): string[] {
  const refAt = new Map(reference ?? []);
  const referenceSeries = mine.map(([n]) => refAt.get(n));
  const complete = referenceSeries.every((value): value is number => value !== undefined && value > 0);
  const series = [mine.map(([, value]) => Math.log10(value))];
  if (complete) series.push(referenceSeries.map((value) => Math.log10(value)));
  const options = { height, format: (y: number) => format(10 ** y).padStart(9) };
  // Without colour (NO_COLOR, a pipe) the two curves would look the same: the reference is dotted.
  const plain = chalk.level === 0 && series.length === 2;
  const chart = plain ? dottedOverlay(series[0], series[1], options) : plot(series, { ...options, colors: chalk.level > 0 ? [cyan, darkgray] : undefined }).split("\n");
  const first = mine[0][0].toLocaleString("en");
  const last = mine[mine.length - 1][0].toLocaleString("en");
  const indent = " ".repeat(11);
  const legend = [`${chalk.cyan("━━")} yours: ${labels.mine}`];
  if (complete) legend.push(`${plain ? "··" : chalk.gray("━━")} reference: ${labels.reference}`);
  const axis = `${indent}n = ${first}${" ".repeat(Math.max(1, mine.length - first.length - last.length - 4))}${last}`;
  return [...chart, axis, `${indent}${legend.join("   ")}   ${chalk.dim(labels.axis)}`];
}

const DOTTED: Record<string, string> = { "─": "·", "│": ":", "╭": "·", "╮": "·", "╰": "·", "╯": "·" };

/** Both curves on one scale, the second drawn in dots where the first does not cover it. */
function dottedOverlay(first: number[], second: number[], options: { height: number; format: (y: number) => string }): string[] {
  const all = [...first, ...second];
  const scale = { ...options, min: Math.min(...all), max: Math.max(...all) };
  const a = plot(first, scale).split("\n");
  const b = plot(second, scale).split("\n");
  return a.map((row, r) => {
    const mine = [...row];
    const other = [...(b[r] ?? "")];
    return Array.from({ length: Math.max(mine.length, other.length) }, (_, i) => {
      const ch = mine[i] ?? " ";
      return ch === " " && other[i] && other[i] !== " " ? (DOTTED[other[i]] ?? other[i]) : ch;
    }).join("");
  });
}

/** Extra memory against n, log-log, the solution beside the reference (same sizes). */
export function spaceChart(space: SpaceReport, options: { height?: number } = {}): string[] {
  const mine = space.points.filter(([, bytes]) => bytes > 0);
  if (mine.length < 2) return [];
  return logLogChart({
    mine,
    reference: space.reference?.points,
    format: formatBytes,
    height: options.height ?? 6,
    labels: { mine: space.measured ?? "?", reference: space.reference?.measured ?? "?", axis: `(extra memory${space.basis === "stack" ? " on the stack" : ""}, log-log)` },
  });
}

export function scalingChart(report: ProbeReport, options: { height?: number } = {}): string[] {
  if (report.points.length < 2) return [];
  return logLogChart({
    mine: report.points,
    reference: report.reference?.points,
    format: formatSeconds,
    height: options.height ?? 8,
    labels: { mine: report.measured ?? "?", reference: report.reference?.measured ?? "?", axis: "(log-log)" },
  });
}
