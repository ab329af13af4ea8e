// drill watch [slug]: re-run the drill on every save.
import { existsSync } from "node:fs";
import chalk from "chalk";
import { EXIT_FAILED, EXIT_OK } from "../errors.js";
import { findProblem } from "../registry/find.js";
import { LANGS, type Problem } from "../registry/problem.js";
import { createPlainWatchView } from "../watch/plain-report.js";
import { readState, statePath } from "../store/state.js";
import { WatchController, watchItem } from "../watch/controller.js";
import { initialState, type WatchItem } from "../watch/session.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { openWorkspace, reportDamagedFile, reportNotSaved, warnMisnamed } from "./workspace.js";
import { readWorkspaceStatus } from "../store/status.js";
import type { CommandContext } from "./context.js";
import { openInEditor } from "./editor.js";
import { isInteractive, terminalOf } from "./terminal.js";
import { openRegistry } from "./open-registry.js";

export interface WatchOptions {
  slug?: string;
  workspace?: string;
  seed: number;
  budgetMs?: number;
  probe: boolean;
}

export async function watchCommand(options: WatchOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx);
  const workspace = openWorkspace(ctx, options.workspace);
  const only = options.slug ? findProblem(registry, options.slug) : undefined;
  const problems: Problem[] = only ? [only] : registry.problems;
  warnMisnamed(ctx, workspace, registry.problems.map((p) => p.slug), only ? new Set([only.slug]) : undefined);

  const items: WatchItem[] = [];
  for (const problem of problems) {
    for (const lang of LANGS) {
      if (problem.files.reference[lang] && existsSync(solutionPath(workspace, problem.slug, lang))) items.push(watchItem(problem, lang, workspace, ctx.cwd, true));
    }
  }
  if (only && items.length === 0) items.push(watchItem(only, "ts", workspace, ctx.cwd, false));
  // Start at the first problem not passing yet, like rustlings.
  const status = readWorkspaceStatus(workspace, problems, LANGS);
  const start = Math.max(0, items.findIndex((i) => status.of(i.slug, i.lang) !== "passing"));
  const saved = readState(workspace);
  if (saved.damaged) await reportDamagedFile(ctx, workspace, statePath(workspace), "the hint counts");
  const state = initialState(items, { start, autoProbe: options.probe, hintsShown: saved.state.hints, now: Date.now(), workspaceArg: options.workspace });

  const byslug = new Map(registry.problems.map((p) => [p.slug, p]));
  const tty = isInteractive(ctx);
  if (!tty) {
    ctx.stdout.write(
      chalk.dim(`drill watch: watching ${displayPath(workspace, ctx.cwd)}/ — one report per save (no terminal, so no keys: stop with Ctrl-C)\n`),
    );
  }

  return new Promise((resolve) => {
    let view: { draw(s: typeof state): void; close(): Promise<void> } = createPlainWatchView(byslug, (t) => ctx.stdout.write(t));
    const controller = new WatchController(state, {
      problems: registry.problems,
      workspace,
      cwd: ctx.cwd,
      env: ctx.env,
      seed: options.seed,
      budgetMs: options.budgetMs,
      only: only ? new Set([only.slug]) : undefined,
      render: (s) => view.draw(s),
      openEditor: (file) => openInEditor(file, ctx.env, ctx.stdin),
      onQuit: () =>
        void view.close().then(() => {
          if (!controller.notSaved) return resolve(EXIT_OK);
          reportNotSaved(ctx, controller.notSaved, "runs and hints were not saved");
          resolve(EXIT_FAILED);
        }),
    });
    const start = async () => {
      if (tty) {
        const { renderWatch } = await import("../ui/render-watch.js");
        view = renderWatch(byslug, (e) => controller.dispatch(e), state, terminalOf(ctx));
      }
      // Ctrl-C without a terminal (or a kill): leave as cleanly as q does.
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void controller.stop());
      controller.start();
    };
    void start();
  });
}
