// The mock interview on the session kernel: the clock ticks, saves run the cases quietly
// (counted, shown only with --feedback), keys go to the reducer, and its effects — run, judge,
// record, quit — are carried out here.
import { basename, extname } from "node:path";
import { probeSolution } from "../probe/run-probe.js";
import type { Lang, Problem } from "../registry/problem.js";
import { AdapterSet } from "../runner/adapters.js";
import { appendHistory, HISTORY_VERSION, type MockEntry } from "../store/history.js";
import { readQuizState, writeQuizState } from "../store/quiz-state.js";
import { makeDue } from "../quiz/scheduler.js";
import { runProblem } from "../suite/run-problem.js";
import { displayPath, solutionPath } from "../workspace/paths.js";
import { WorkspaceWriteError } from "../workspace/write-error.js";
import { isSolutionFile } from "../watch/file-watcher.js";
import { SessionKernel } from "../watch/kernel.js";
import { problemScore, reduceMock, totalScore, type JudgedProblem, type MockEffect, type MockEvent, type MockState } from "./session.js";

export interface MockControllerOptions {
  problems: Problem[];
  /** The attempt's folder (<workspace>/mock/<date-time>/). */
  folder: string;
  /** The workspace whose history and quiz schedule record the attempt. */
  workspace: string;
  id: string;
  minutes: number;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  seed: number;
  budgetMs?: number;
  now: () => number;
  render: (state: MockState) => void;
  onQuit: (state: MockState) => void;
}

export class MockController {
  private readonly kernel: SessionKernel<MockState, MockEvent, MockEffect>;
  private readonly adapters: AdapterSet;
  private readonly bySlug: Map<string, Problem>;

  constructor(initial: MockState, private readonly options: MockControllerOptions) {
    this.adapters = new AdapterSet({ keepWarm: true, env: options.env });
    this.bySlug = new Map(options.problems.map((p) => [p.slug, p]));
    const slugOf = (path: string) => basename(path, extname(path));
    this.kernel = new SessionKernel<MockState, MockEvent, MockEffect>(initial, {
      reduce: reduceMock,
      perform: (effect) => this.perform(effect),
      failed: (effect, error) => ({ type: "failed", message: `drill could not ${effect.type === "run" ? `run ${effect.slug}` : effect.type}: ${error instanceof Error ? error.message : String(error)}` }),
      render: options.render,
      files: {
        folder: options.folder,
        accepts: (path) => isSolutionFile(path) && this.bySlug.has(slugOf(path)),
        changed: ({ path, exists }) => (exists ? { type: "file-saved", slug: slugOf(path) } : undefined),
      },
      clock: { now: options.now, tick: (now) => ({ type: "tick", now }) },
      teardown: () => this.adapters.dispose(),
      onQuit: options.onQuit,
    });
  }

  get current(): MockState {
    return this.kernel.current;
  }

  start(): void {
    this.kernel.start();
  }

  dispatch(event: MockEvent): void {
    this.kernel.dispatch(event);
  }

  stop(): Promise<void> {
    return this.kernel.stop();
  }

  private async perform(effect: MockEffect): Promise<void> {
    switch (effect.type) {
      case "run":
        return this.runQuietly(effect.slug, effect.lang);
      case "judge":
        await this.kernel.stopWatching();
        this.dispatch({ type: "judged", results: await this.judge() });
        break;
      case "record":
        this.record();
        break;
      case "quit":
        await this.stop();
        break;
    }
  }

  private async runQuietly(slug: string, lang: Lang): Promise<void> {
    const adapter = this.adapters.get(lang);
    if (!adapter.ok) return;
    const result = await runProblem(this.bySlug.get(slug)!, { workspace: this.options.folder, cwd: this.options.cwd, lang, adapter: adapter.adapter, seed: this.options.seed });
    if (result !== "cancelled") this.dispatch({ type: "run-result", slug, summary: { status: result.status, passed: result.cases.passed, total: result.cases.total } });
  }

  private async judge(): Promise<Record<string, JudgedProblem>> {
    const results: Record<string, JudgedProblem> = {};
    for (const item of this.current.problems) {
      const problem = this.bySlug.get(item.slug)!;
      const adapter = this.adapters.get(item.lang);
      if (!adapter.ok) {
        results[item.slug] = { status: "error", passed: 0, total: 0, probe: null };
        continue;
      }
      const base = { workspace: this.options.folder, cwd: this.options.cwd, lang: item.lang, adapter: adapter.adapter, seed: this.options.seed };
      const result = await runProblem(problem, base);
      if (result === "cancelled") continue;
      let probe: JudgedProblem["probe"] = null;
      if (result.status === "passed") {
        const report = await probeSolution(problem, {
          file: solutionPath(this.options.folder, item.slug, item.lang),
          lang: item.lang,
          adapter: adapter.adapter,
          budgetMs: this.options.budgetMs,
          space: true,
          spaceReference: false,
        });
        probe = { status: report.status, measured: report.measured, ok: report.ok, space: report.space && { status: report.space.status, measured: report.space.measured, ok: report.space.ok } };
      }
      results[item.slug] = { status: result.status, passed: result.cases.passed, total: result.cases.total, probe };
    }
    return results;
  }

  private record(): void {
    const s = this.current;
    const entry: MockEntry = {
      v: HISTORY_VERSION,
      type: "mock",
      at: new Date(s.startedAt).toISOString(),
      id: this.options.id,
      minutes: this.options.minutes,
      outcome: s.outcome ?? "abandoned",
      usedMs: (s.endedAt ?? s.now) - s.startedAt,
      score: totalScore(s),
      problems: s.problems.map((p) => {
        const judged = s.judged[p.slug] ?? { status: s.latest[p.slug]?.status ?? "missing", passed: s.latest[p.slug]?.passed ?? 0, total: s.latest[p.slug]?.total ?? 0, probe: null };
        const answers = s.answers[p.slug] ?? {};
        return {
          slug: p.slug,
          lang: p.lang,
          status: judged.status,
          passed: judged.passed,
          total: judged.total,
          probe: judged.probe,
          solvedAtMs: s.solvedAt[p.slug],
          timeAnswer: answers.time?.text,
          timeRight: answers.time?.right,
          spaceAnswer: answers.space?.text,
          spaceRight: answers.space?.right,
          theoryCard: p.card?.id,
          theoryKnew: answers.theoryKnew,
          score: problemScore(s, p.slug),
        };
      }),
    };
    try {
      appendHistory(this.options.workspace, [entry]);
      // A follow-up the candidate did not know comes back in the next drill quiz.
      const missed = s.problems.filter((p) => p.card && s.answers[p.slug]?.theoryKnew === false).map((p) => p.card!.id);
      if (missed.length) {
        let quiz = readQuizState(this.options.workspace).state;
        for (const id of missed) quiz = makeDue(quiz, id, new Date(this.options.now()));
        writeQuizState(this.options.workspace, quiz);
      }
    } catch (error) {
      // The score card is still on screen; a workspace drill cannot write to loses only the record.
      if (!(error instanceof WorkspaceWriteError)) return;
      this.notSaved = error;
      this.dispatch({ type: "not-saved", message: error.line("the attempt is not recorded", displayPath(this.options.workspace, this.options.cwd)) });
    }
  }

  /** The write the workspace refused, if any: the command reports it on the way out. */
  notSaved?: WorkspaceWriteError;
}
