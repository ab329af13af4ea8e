// The command table. Each action lazy-imports its command, so `drill --help` loads almost nothing.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { EXIT_USAGE, UserError } from "./errors.js";
import { helpWidth, isTopLevelHelp, saveTopLevelHelp } from "./help-cache.js";
import { detectInvocation, setInvocation, workspaceArgument } from "./invocation.js";
import { processContext, type CommandContext } from "./commands/context.js";
import type { Lang } from "./registry/problem.js";
import { SHORTCUTS } from "./watch/keys.js";

const VERSION = "0.1.0";

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError("expected an integer.");
  return Number(value);
}

function positiveNumber(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x <= 0) throw new InvalidArgumentError("expected a positive number.");
  return x;
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number of 1 or more.");
  return Number(value);
}

function seconds(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x <= 0 || x > 600) throw new InvalidArgumentError("expected a number of seconds between 0 and 600.");
  return Math.round(x * 1000);
}

const langOption = (description = "solution language (default: ts)") =>
  new Option("--lang <lang>", description).choices(["ts", "py", "torch"]);
const workspaceOption = () => new Option("--workspace <dir>", "the folder holding your solutions (default: ./solutions, or $DRILL_WORKSPACE)");

type Run = (ctx: CommandContext) => Promise<number>;

/**
 * Every command, or only the one `only` names: running one command need not build the other
 * sixteen (~3 ms of start-up). A name that is none of them builds them all, for commander's
 * "did you mean" and `drill help`.
 */
export function buildProgram(run: (action: Run) => Promise<void>, only?: string): Command {
  const wanted = (name: string) => only === undefined || name === only;
  const program = new Command("drill")
    .description("Coding drills for algorithm and ML interviews: stubs, tests, random cross-checks, offline.")
    .version(VERSION)
    .exitOverride()
    .showSuggestionAfterError()
    .configureHelp({ sortSubcommands: false });

  if (wanted("list"))
    program
      .command("list")
      .description("list the problems: target complexity and your status in the workspace")
      .argument("[words...]", "only problems whose slug or title contains these words")
      .option("--tag <tag>", "only problems with this tag (e.g. ml, algo, dp)")
      .option("--difficulty <level>", "only easy, medium or hard problems")
      .option("--status <status>", "only new, started, failing or passing problems")
      .option("--due", "only problems with a review due today (drill review)")
      .option("--list <name>", "a study list in its order and groups, with your progress (lists/<name>.json, e.g. hot100)")
      .addOption(langOption("show the status of this language only (default: the best of ts, py and torch)"))
      .addOption(workspaceOption())
      .option("--json", "print JSON")
      .action((words: string[], o) =>
        run(async (ctx) => (await import("./commands/list.js")).listCommand({ ...o, lang: o.lang as Lang | undefined, search: words }, ctx)),
      );

  if (wanted("show"))
    program
      .command("show")
      .description("print a problem's statement, signature, target complexity and hints")
      .argument("<problem>", "slug or title (English or Chinese)")
      .addOption(langOption())
      .option("--hints", "also print the hints")
      .option("--json", "print JSON")
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/show.js")).showCommand({ slug, ...o, lang: o.lang ?? "ts" }, ctx)));

  if (wanted("hint"))
    program
      .command("hint")
      .description("reveal the next hint for a problem (one more each time)")
      .argument("<problem>", "slug or title")
      .option("--all", "print every hint at once (does not change the count)")
      .option("--reset", "hide the hints again")
      .addOption(workspaceOption())
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/hint.js")).hintCommand({ slug, ...o }, ctx)));

  if (wanted("new"))
    program
      .command("new")
      .description("write a stub for a problem into the workspace (never over an existing file)")
      .argument("<problem>", "slug or title (English or Chinese)")
      .addOption(langOption())
      .option("--force", "replace an existing solution; the old file is first copied to <workspace>/.drill/backup/")
      .option("--open", "then open it in $VISUAL or $EDITOR")
      .addOption(workspaceOption())
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/new.js")).newCommand({ slug, ...o, lang: o.lang ?? "ts" }, ctx)));

  if (wanted("test"))
    program
      .command("test")
      .description("run the fixed cases and the random cross-check against your solutions")
      .argument("[problems...]", "slugs or titles (default: every problem with a solution in the workspace)")
      .option("--all", "every problem, solved or not")
      .addOption(langOption("only this language (default: every language that has a solution file)"))
      .option("--json", "print one JSON document")
      .option("--seed <n>", "seed of the random cross-check inputs", integer, 1)
      .option("--probe", "probe the time complexity of every solution that passes its cases (the default)")
      .option("--no-probe", "cases only")
      .option("--chart", "draw the scaling chart even when the probe passes")
      .option("--no-space", "probe the time only, not the extra space")
      .option("--budget <seconds>", "time budget per probe (default 3)", seconds)
      .option("--no-cache", "run again even when nothing changed since the last verdict (saved in <workspace>/.drill/cache/)")
      .option("--jobs <n>", "case runs at once (default: the number of cores); probes always run one at a time", positiveInteger)
      .addOption(workspaceOption())
      .action((slugs: string[], o) =>
        run(async (ctx) =>
          (await import("./commands/test.js")).testCommand({ slugs, ...o, probe: o.probe !== false, space: o.space !== false, cache: o.cache !== false, budgetMs: o.budget }, ctx),
        ),
      );

  if (wanted("watch"))
    program
      .command("watch")
      .description(`re-run the drill on every save: cases, the first failure, the probe, hints (keys: ${SHORTCUTS.map((s) => s.key).join(" ")})`)
      .argument("[problem]", "one problem (default: every problem with a solution in the workspace)")
      .option("--no-probe", "do not probe the time complexity automatically after the cases pass (c still does)")
      .option("--budget <seconds>", "time budget per probe (default 3)", seconds)
      .option("--seed <n>", "seed of the random cross-check inputs", integer, 1)
      .addOption(workspaceOption())
      .action((slug: string | undefined, o) =>
        run(async (ctx) => (await import("./commands/watch.js")).watchCommand({ slug, ...o, probe: o.probe !== false, budgetMs: o.budget }, ctx)),
      );

  if (wanted("run"))
    program
      .command("run")
      .description("your solution on one input beside the reference: both answers, whether they agree, the time, what you printed")
      .argument("<problem>", "slug or title")
      .option("--input <args>", "the input, as drill prints it: 'nums = [1,3,-1], k = 2' (optionally '=> expected')")
      .option("--case <name>", "a fixed case of the problem by name, or one of your @case lines as 'line 12' (default: your first @case, else the first fixed case)")
      .addOption(langOption("the language (default: ts, or py when only a .py solution exists)"))
      .option("--json", "print JSON")
      .addOption(workspaceOption())
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/run.js")).runCommand({ slug, ...o }, ctx)));

  if (wanted("debug"))
    program
      .command("debug")
      .description("one case under a debugger, stopped at the first line of your function (TypeScript: node --inspect-brk; Python: pdb)")
      .argument("<problem>", "slug or title")
      .option("--case <name>", "a fixed case by name, or one of your @case lines as 'line 12' (default: your first @case, else the first fixed case)")
      .option("--input <args>", "the input, as drill prints it: 'nums = [1,3,-1], k = 2'")
      .addOption(langOption("the language (default: ts, or py when only a .py solution exists)"))
      .option("--port <n>", "the inspector's port (default 9229; debugpy 5678; 0 picks a free one)", integer)
      .option("--vscode", "write .vscode/launch.json in the workspace for this case instead of starting it")
      .option("--force", "with --vscode: replace an existing launch.json (a copy goes to <workspace>/.drill/backup/)")
      .option("--pdb", "Python: pdb in this terminal even when debugpy is installed")
      .addOption(workspaceOption())
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/debug.js")).debugCommand({ slug, ...o }, ctx)));

  if (wanted("solution"))
    program
      .command("solution")
      .description("show the reference solution, with its idea and complexity, once yours passes")
      .argument("<problem>", "slug or title")
      .addOption(langOption("language of the reference (default: the language you solved it in, else ts)"))
      .option("--force", "show it even though your solution does not pass yet")
      .addOption(workspaceOption())
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/solution.js")).solutionCommand({ slug, ...o }, ctx)));

  if (wanted("probe"))
    program
      .command("probe")
      .description("measure your solution's time complexity against the target, beside the reference")
      .argument("<problem>", "slug or title (English or Chinese)")
      .addOption(langOption("the language (default: ts, or the language that has a solution file)"))
      .option("--budget <seconds>", "time budget for your solution (default 3; the reference gets half)", seconds)
      .option("--seed <n>", "seed of the generated inputs", integer, 1)
      .option("--space", "measure the extra memory too, against the problem's space target")
      .option("--json", "print JSON")
      .addOption(workspaceOption())
      .action((slug: string, o) => run(async (ctx) => (await import("./commands/probe.js")).probeCommand({ slug, ...o, budgetMs: o.budget }, ctx)));

  if (wanted("mock"))
    program
      .command("mock")
      .description("a timed mock interview: problems chosen for you, a clock, then the interviewer's questions and a score card")
      .option("--minutes <n>", "length of the interview (decimals allowed)", positiveNumber, 45)
      .option("--count <n>", "number of problems", integer, 2)
      .option("--tag <tag>", "choose among problems with this tag (ml, algo, …)")
      .option("--difficulty <level>", "choose among easy, medium or hard problems")
      .addOption(langOption().default("ts"))
      .option("--seed <n>", "make the choice of problems repeatable", integer)
      .option("--problems <slugs>", "pick the problems yourself (comma-separated)")
      .option("--feedback", "show each save's results while coding (default: hidden until you submit)")
      .option("--budget <seconds>", "time budget per probe when judging (default 3)", seconds)
      .addOption(workspaceOption())
      .action((o) => run(async (ctx) => (await import("./commands/mock.js")).mockCommand({ ...o, budgetMs: o.budget }, ctx)));

  if (wanted("review"))
    program
      .command("review")
      .description("spaced repetition that makes you re-solve: what is due today; --start re-solves it from fresh stubs, graded by the judge")
      .option("--start", "write fresh stubs into <workspace>/review/<date>/ and run the watch loop over them")
      .addOption(langOption("only reviews in this language"))
      .option("--limit <n>", "at most this many problems", integer)
      .option("--tag <tag>", "only problems with this tag")
      .option("--no-probe", "do not probe after the cases pass (an attempt without a probe grades Good at best)")
      .option("--budget <seconds>", "time budget per probe (default 3)", seconds)
      .option("--seed <n>", "seed of the random cross-check inputs", integer, 1)
      .option("--json", "without --start: print JSON")
      .addOption(workspaceOption())
      .action((o) =>
        run(async (ctx) => (await import("./commands/review.js")).reviewCommand({ ...o, lang: o.lang as Lang | undefined, probe: o.probe !== false, budgetMs: o.budget }, ctx)),
      );

  if (wanted("next"))
    program
      .command("next")
      .description("the one problem to do now: a due review first, else the next unsolved problem, with the command to start it")
      .addOption(langOption("only this language"))
      .option("--list <name>", "follow a study list (lists/<name>.json) instead of the library's order")
      .option("--json", "print JSON")
      .addOption(workspaceOption())
      .action((o) => run(async (ctx) => (await import("./commands/next.js")).nextCommand({ ...o, lang: o.lang as Lang | undefined }, ctx)));

  if (wanted("stats"))
    program
      .command("stats")
      .description("what you solved, how fast, where you fail, and your mock scores over time")
      .option("--json", "print JSON")
      .addOption(workspaceOption())
      .action((o) => run(async (ctx) => (await import("./commands/stats.js")).statsCommand(o, ctx)));

  if (wanted("quiz"))
    program
      .command("quiz")
      .description("review theory cards (the 八股 around the code) with spaced repetition")
      .option("--topic <topic>", "only one topic (attention, transformer, optimization, …)")
      .option("--problem <slug>", "only the cards linked to one problem")
      .addOption(new Option("--locale <locale>", "show cards in one language (default: the card's own, with the other beside it)").choices(["zh", "en"]))
      .option("--new <count>", "new cards per session, after the due ones", integer, 10)
      .option("--list", "list the cards instead of reviewing")
      .option("--json", "with --list: print JSON")
      .addOption(workspaceOption())
      .action((o) => run(async (ctx) => (await import("./commands/quiz.js")).quizCommand(o, ctx)));

  if (wanted("check"))
    program
      .command("check")
      .description("self-check the problem registry: references pass everything, fresh stubs fail")
      .argument("[problems...]", "slugs (default: all)")
      .option("--json", "print JSON")
      .action((slugs: string[], o) => run(async (ctx) => (await import("./commands/check.js")).checkCommand({ slugs, ...o }, ctx)));

  if (wanted("doctor"))
    program
      .command("doctor")
      .description("check node, python3 and numpy, and the workspace; say how to fix what is missing")
      .addOption(workspaceOption())
      .option("--json", "print JSON")
      .action((o) => run(async (ctx) => (await import("./commands/doctor.js")).doctorCommand(o, ctx)));

  if (only !== undefined && program.commands.length === 0) return buildProgram(run);
  return program;
}

async function printError(error: unknown): Promise<number> {
  // chalk is loaded here and by the commands, not at start-up: `drill --help` never needs it.
  const { default: chalk } = await import("chalk");
  if (error instanceof UserError) {
    process.stderr.write(`${chalk.red("drill:")} ${error.message}\n`);
    if (error.tryMessage) process.stderr.write(`  ${chalk.dim("try:")} ${error.tryMessage}\n`);
    return error.exitCode;
  }
  process.stderr.write(`${chalk.red("drill: internal error")} (a bug in drill, not in your solution):\n${(error as Error)?.stack ?? String(error)}\n`);
  return 70;
}

export async function main(argv: string[]): Promise<number> {
  if (process.env.NO_COLOR) (await import("chalk")).default.level = 0;
  setInvocation(() => detectInvocation(process.argv, process.env, process.cwd()), workspaceArgument(argv));
  let exitCode = 0;
  const first = argv[0];
  const program = buildProgram(
    async (action) => {
      exitCode = await action(processContext());
    },
    first !== undefined && !first.startsWith("-") ? first : undefined,
  );
  if (isTopLevelHelp(argv)) {
    const text = program.helpInformation();
    process.stdout.write(text);
    saveTopLevelHelp(text, helpWidth());
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
      return benign.includes(error.code) ? 0 : EXIT_USAGE;
    }
    return await printError(error);
  }
  return exitCode;
}
