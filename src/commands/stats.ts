// drill stats: what you solved, how fast, where you fail, over time.
import { plot } from "asciichart";
import chalk from "chalk";
import { computeStats } from "../store/stats.js";
import { readHistory } from "../store/history.js";
import { openWorkspace, reportDamagedHistory } from "./workspace.js";
import { LANGS } from "../registry/load.js";
import { readWorkspaceStatus } from "../workspace/status.js";
import { countOf, formatMs } from "../report/text.js";
import type { CommandContext } from "./context.js";
import { openRegistry } from "./open-registry.js";
import { drillCommand } from "../invocation.js";

export interface StatsOptions {
  json?: boolean;
  workspace?: string;
}

const minutes = (ms: number | null) => (ms === null ? "—" : `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, "0")}`);

export async function statsCommand(options: StatsOptions, ctx: CommandContext): Promise<number> {
  const registry = openRegistry(ctx, { quiet: true });
  const workspace = openWorkspace(ctx, options.workspace);
  const history = readHistory(workspace);
  reportDamagedHistory(ctx, workspace, history.damagedLines);
  // "Solved" means what drill list calls passing: the workspace's solution passed its latest run.
  const status = readWorkspaceStatus(workspace, registry.problems, LANGS);
  const passing = new Set(registry.problems.filter((p) => LANGS.some((lang) => status.of(p.slug, lang) === "passing")).map((p) => p.slug));
  const stats = computeStats(history.entries, registry.problems, passing);
  if (options.json) {
    ctx.stdout.write(JSON.stringify(stats, null, 2) + "\n");
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
  ctx.stdout.write(lines.join("\n") + "\n");
  return 0;
}
