// drill mock: a timed mock interview in a fresh folder, then the questions and a score card.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../errors.js";
import { chooseProblems } from "../mock/choose.js";
import { MockController } from "../mock/controller.js";
import { startMock, type MockProblem } from "../mock/session.js";
import { cardsDir } from "../paths.js";
import { cardText, loadCards } from "../quiz/cards.js";
import { createRng } from "../random/rng.js";
import { findProblem } from "../registry/find.js";
import type { Lang } from "../registry/problem.js";
import { renderMarkdown } from "../report/markdown.js";
import { readHistory } from "../store/history.js";
import { displayPath } from "../workspace/paths.js";
import { openWorkspace, reportNotSaved } from "./workspace.js";
import { writeStub } from "../workspace/stubs.js";
import { guardWrite } from "../workspace/write-error.js";
import { drillCommand } from "../invocation.js";
import type { CommandContext } from "./context.js";
import { requireProblemLang, requireTorch } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { isInteractive, terminalOf } from "./terminal.js";

export interface MockOptions {
  minutes: number;
  count: number;
  tag?: string;
  difficulty?: string;
  lang: Lang;
  seed?: number;
  problems?: string;
  feedback?: boolean;
  budgetMs?: number;
  workspace?: string;
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

export async function mockCommand(options: MockOptions, ctx: CommandContext, now: () => number = Date.now): Promise<number> {
  if (options.count < 1) throw new UsageError("--count must be at least 1");
  if (!isInteractive(ctx)) {
    throw new UsageError("drill mock needs a terminal: it runs a clock and asks questions.", "run it in a terminal window");
  }
  if (options.lang === "torch") requireTorch(ctx.env);
  const registry = await openRegistry(ctx);
  const workspace = openWorkspace(ctx, options.workspace);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const chosen = options.problems
    ? options.problems.split(",").map((s) => findProblem(registry, s))
    : chooseProblems(registry.problems, readHistory(workspace).entries, { count: options.count, seed, tag: options.tag, difficulty: options.difficulty, lang: options.lang });

  for (const problem of chosen) requireProblemLang(problem, options.lang);
  const id = stamp(new Date(now()));
  const folder = join(workspace, "mock", id);
  try {
    guardWrite(workspace, () => mkdirSync(folder, { recursive: true }));
  } catch (error) {
    reportNotSaved(ctx, error, "no mock started");
    return EXIT_FAILED;
  }
  const cards = loadCards(cardsDir(ctx.env), new Set(registry.problems.map((p) => p.slug))).cards;
  const pick = createRng(seed);
  const items: MockProblem[] = chosen.map((problem) => {
    // The attempt's own folder is its workspace: the header's test command says so.
    const test = drillCommand(`test ${problem.slug}${options.lang === "ts" ? "" : ` --lang ${options.lang}`}`, { workspace: displayPath(folder, ctx.cwd) });
    const written = writeStub(problem, options.lang, folder, { cwd: ctx.cwd, test });
    const linked = cards.filter((c) => c.problems.includes(problem.slug));
    const card = linked.length ? linked[pick.int(0, linked.length - 1)] : undefined;
    const text = card && cardText(card, "en");
    return {
      slug: problem.slug,
      lang: options.lang,
      title: problem.meta.title.zh ? `${problem.meta.title.en} · ${problem.meta.title.zh}` : problem.meta.title.en,
      file: displayPath(written.path, ctx.cwd),
      target: problem.meta.complexity.time,
      space: problem.meta.complexity.space,
      spaceTarget: problem.meta.complexity.spaceTarget ?? null,
      spaceBetter: problem.meta.complexity.spaceBetter ?? null,
      sizes: problem.meta.complexity.variables,
      statement: renderMarkdown(readFileSync(problem.files.statement, "utf8")),
      card: card && text ? { id: card.id, question: text.question, answer: text.answer } : undefined,
    };
  });

  const initial = startMock(items, { minutes: options.minutes, now: now(), feedback: options.feedback });
  const { renderMock } = await import("../ui/render-mock.js");
  return new Promise((resolve) => {
    let view: ReturnType<typeof renderMock> | undefined;
    const controller = new MockController(initial, {
      problems: chosen,
      folder,
      workspace,
      id,
      minutes: options.minutes,
      cwd: ctx.cwd,
      env: ctx.env,
      seed: 1,
      budgetMs: options.budgetMs,
      now,
      render: (state) => view?.draw(state),
      onQuit: () =>
        void view?.close().then(() => {
          if (!controller.notSaved) return resolve(EXIT_OK);
          reportNotSaved(ctx, controller.notSaved, "the attempt was not recorded");
          resolve(EXIT_FAILED);
        }),
    });
    view = renderMock(initial, (e) => controller.dispatch(e), terminalOf(ctx));
    controller.start();
  });
}
