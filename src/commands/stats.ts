// drill stats: what you solved, how fast, where you fail, over time.
import { plot } from "asciichart";
import chalk from "chalk";
import { computeStats } from "../store/stats.js";
import { readHistory } from "../store/history.js";
import { openWorkspace, reportDamagedHistory } from "./workspace.js";
import { LANGS } from "../registry/problem.js";
import { readWorkspaceStatus } from "../store/status.js";
import { countOf, formatMs } from "../report/text.js";
import { openSchedule } from "../review/load.js";
import { forecast, retention, type RetentionWeek } from "../review/schedule.js";
import type { CommandContext } from "./context.js";
import { warn } from "./warn.js";
import { openRegistry } from "./open-registry.js";
import { drillCommand } from "../invocation.js";

export interface StatsOptions {
  json?: boolean;
  workspace?: string;
}

const minutes = (ms: number | null) => (ms === null ? "—" : `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, "0")}`);

/** Retention by week and the 14-day due forecast, as text and charts. */
function reviewLines(review: { cards: number; retention: RetentionWeek[]; forecast: { day: string; due: number }[] }): string[] {
  const lines = [chalk.bold("Reviews") + chalk.dim(` · ${review.cards} problem${review.cards === 1 ? "" : "s"} on the schedule`)];
  const weeks = review.retention.slice(-8);
  if (weeks.length) {
    lines.push(`  retention (re-solves passed on the first run), by week: ${weeks.map((w) => `${w.week.slice(5)} ${Math.round(w.share * 100)} % of ${w.reviews}`).join(", ")}`);
    if (weeks.length >= 2) lines.push(...plot(weeks.map((w) => w.share * 100), { height: 5, min: 0, max: 100, format: (y: number) => `${Math.round(y)} %`.padStart(6) }).split("\n"), chalk.dim("        retention by week, oldest to newest"));
  } else {
    lines.push(chalk.dim("  retention: no re-solves yet (drill review --start, or a mock)"));
  }
  const counts = review.forecast.map((d) => d.due);
  lines.push(`  due in the next 14 days: ${counts.reduce((a, b) => a + b, 0)} (today ${counts[0]})`);
  const top = Math.max(1, ...counts);
  lines.push(...plot(counts, { height: Math.min(6, top), min: 0, max: top, format: (y: number) => `${Math.round(y)}`.padStart(6) }).split("\n"));
  lines.push(chalk.dim(`        ${review.forecast[0].day.slice(5)} → ${review.forecast[review.forecast.length - 1].day.slice(5)}: reviews falling due per day`));
  return lines;
}

export async function statsCommand(options: StatsOptions, ctx: CommandContext, now: () => Date = () => new Date()): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true, cases: "lazy" });
  const workspace = openWorkspace(ctx, options.workspace);
  const history = readHistory(workspace);
  await reportDamagedHistory(ctx, workspace, history.damagedLines);
  // "Solved" means what drill list calls passing: the workspace's solution passed its latest run.
  const status = readWorkspaceStatus(workspace, registry.problems, LANGS);
  const passing = new Set(registry.problems.filter((p) => LANGS.some((lang) => status.of(p.slug, lang) === "passing")).map((p) => p.slug));
  const stats = computeStats(history.entries, registry.problems, passing);
  const opened = openSchedule(workspace, registry.problems, { now: now(), cwd: ctx.cwd });
  for (const w of opened.warnings) warn(ctx, w);
  const review = {
    cards: Object.keys(opened.state.cards).length,
    retention: retention(opened.state),
    forecast: forecast(opened.state, now(), 14),
  };
  if (options.json) {
    ctx.stdout.write(JSON.stringify({ ...stats, review }, null, 2) + "\n");
    return 0;
  }
  const lines: string[] = [];
  lines.push(chalk.bold(`${stats.totals.solved}/${stats.totals.problems} problems passing`) + chalk.dim(` · ${countOf(stats.totals.tests, "test run")} · ${countOf(stats.totals.mocks, "mock interview")}`));
  const tried = stats.problems.filter((p) => p.attempts > 0);
  if (tried.length) {
    lines.push("", chalk.dim("PROBLEM".padEnd(36) + "RUNS  PASS RATE  FIRST SOLVED  BEST MOCK  LAST MOCK"));
    for (const p of tried) {
      lines.push(
        `${(p.solved ? chalk.green("✓ ") : chalk.red("✗ ")) + p.slug.padEnd(34)}${String(p.attempts).padStart(4)}  ${`${Math.round(p.passRate * 100)} %`.padStart(9)}  ${(p.firstSolved?.slice(0, 10) ?? "—").padEnd(12)}  ${minutes(p.bestMockMs).padStart(9)}  ${minutes(p.lastMockMs).padStart(9)}`,
      );
    }
  } else {
    lines.push("", `No runs yet: ${drillCommand("new <slug>")}, then ${drillCommand("test <slug>")} (or ${drillCommand("mock")} for an interview).`);
  }
  if (stats.weakestTags.length) {
    lines.push("", chalk.bold("Weakest tags: ") + stats.weakestTags.slice(0, 5).map((t) => `${t.tag} ${Math.round(t.passRate * 100)} %`).join(", "));
  }
  if (stats.mocks.length) {
    lines.push("", chalk.bold("Mock interviews"));
    for (const m of stats.mocks.slice(-10)) lines.push(`  ${m.at.slice(0, 16).replace("T", " ")}  ${String(m.score).padStart(3)}/100  ${m.outcome.padEnd(9)}  ${formatMs(m.usedMs)}  ${m.problems.join(", ")}`);
    if (stats.mocks.length >= 2) lines.push("", ...plot(stats.mocks.map((m) => m.score), { height: 6, format: (y: number) => `${Math.round(y)}`.padStart(4) }).split("\n"), chalk.dim("      mock scores, oldest to newest"));
  }
  if (review.cards > 0) lines.push("", ...reviewLines(review));
  ctx.stdout.write(lines.join("\n") + "\n");
  return 0;
}
