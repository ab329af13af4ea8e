// drill debug <slug> [--case NAME | --input '…']: one case in a process a debugger can attach to,
// stopped at the first line of your function. TypeScript: node --inspect-brk, with source maps;
// Python: pdb in this terminal (debugpy, listening for an IDE, when it is installed).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import chalk from "chalk";
import { referenceAnswer } from "../cases/own-cases.js";
import { pickCase } from "../cases/pick-case.js";
import { launchJson, PYTHON_DRIVER, writeLaunchJson } from "../debug/launch-json.js";
import { writePlan, type DebugPlan } from "../debug/plan.js";
import { writeTsDriver } from "../debug/ts-driver.js";
import { UserError } from "../errors.js";
import { findProblem } from "../registry/find.js";
import { entryName, leetcodeEntryName, type Lang } from "../registry/problem.js";
import { formatExactArgs } from "../shared/format-value.js";
import { findPython, PYTHON_HELP } from "../runner/python-env.js";
import { displayPath, resolveWorkspace, solutionPath } from "../workspace/paths.js";
import type { CommandContext } from "./context.js";
import { openRegistry } from "./open-registry.js";
import { defaultLang } from "./run.js";

export interface DebugOptions {
  slug: string;
  case?: string;
  input?: string;
  lang?: Lang;
  /** The inspector's (or debugpy's) port; 0 picks a free one. */
  port?: number;
  vscode?: boolean;
  force?: boolean;
  /** Python: pdb even when debugpy is installed. */
  pdb?: boolean;
  workspace?: string;
}

function hasDebugpy(python: string): boolean {
  return spawnSync(python, ["-c", "import debugpy"], { stdio: "ignore", timeout: 10000 }).status === 0;
}

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    // Ctrl-C belongs to the debugger in the terminal, not to drill.
    const ignore = () => undefined;
    process.on("SIGINT", ignore);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", ignore);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function debugCommand(options: DebugOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true });
  const problem = findProblem(registry, options.slug);
  const workspace = resolveWorkspace({ cwd: ctx.cwd, workspace: options.workspace, env: ctx.env });
  const lang = defaultLang(workspace, problem.slug, options.lang);
  const file = solutionPath(workspace, problem.slug, lang);
  const shownAs = displayPath(file, ctx.cwd);
  if (!existsSync(file)) {
    throw new UserError(`no solution to debug: ${shownAs} does not exist`, `drill new ${problem.slug}${lang === "ts" ? "" : " --lang py"}`);
  }
  const picked = pickCase(problem, { input: options.input, case: options.case, file, lang });
  const answer = await referenceAnswer(problem, picked.args);
  const names = problem.meta.args.map((a) => a.name);
  const plan: DebugPlan = {
    version: 1,
    slug: problem.slug,
    lang,
    file,
    entry: entryName(problem, lang),
    leetcodeEntry: leetcodeEntryName(problem.meta, lang),
    call: problem.call,
    name: picked.name,
    input: formatExactArgs(names, picked.args),
    args: picked.args,
    expected: answer.kind === "value" ? answer.value : null,
    invalidInput: answer.kind === "invalid",
  };
  const planFile = writePlan(workspace, plan);
  const driver = writeTsDriver(workspace, plan, planFile, shownAs);
  const python = lang === "py" ? findPython(ctx.env) : undefined;
  if (python && !python.ok) throw new UserError(`cannot run Python solutions: ${python.message}`, PYTHON_HELP);
  const pythonExe = python?.ok ? python.info.executable : undefined;
  const entry = plan.entry;
  const say = (text: string) => ctx.stderr.write(`${chalk.cyan("drill debug:")} ${text}\n`);

  if (options.vscode) {
    const retry = `drill debug ${problem.slug}${lang === "ts" ? "" : " --lang py"} --vscode`;
    const written = writeLaunchJson(workspace, launchJson(workspace, pythonExe), { force: options.force, cwd: ctx.cwd, retry });
    const where = displayPath(written.path, ctx.cwd);
    ctx.stdout.write(
      [
        written.state === "unchanged" ? `${where} already has drill's configurations.` : `${chalk.green("Wrote")} ${where}${written.backup ? ` (the old file is kept at ${displayPath(written.backup, ctx.cwd)})` : ""}.`,
        `  Case: ${plan.name} (${plan.input.length > 80 ? `${plan.input.slice(0, 79)}…` : plan.input})`,
        `  In VS Code (open ${displayPath(workspace, ctx.cwd) || "."}): Run and Debug → "drill debug (${lang === "ts" ? "TypeScript" : "Python"})"; it stops at the first line of ${entry} in ${shownAs}.`,
        `  Another case later: drill debug ${problem.slug} --case NAME --vscode (the configuration stays; only the case changes).`,
      ].join("\n") + "\n",
    );
    return 0;
  }

  if (lang === "ts") {
    const port = options.port ?? 9229;
    say(`${problem.slug} · ${plan.name}, under node --inspect-brk (port ${port === 0 ? "chosen below" : port}).`);
    say(`attach a debugger (chrome://inspect, VS Code "Attach to Node Process", or node inspect 127.0.0.1:${port === 0 ? "<port>" : port}),`);
    say(`then continue once: it stops at the first line of ${entry} in ${shownAs}. Breakpoints in that file work (source maps).`);
    return runChild(process.execPath, [`--inspect-brk=127.0.0.1:${port}`, "--enable-source-maps", driver], ctx.env);
  }

  const exe = pythonExe!;
  if (!options.pdb && hasDebugpy(exe)) {
    const port = options.port ?? 5678;
    say(`${problem.slug} · ${plan.name}, under debugpy: attach your IDE to 127.0.0.1:${port}; it pauses as ${entry} is entered (step in once). --pdb debugs in this terminal instead.`);
    return runChild(exe, ["-m", "debugpy", "--listen", `127.0.0.1:${port}`, "--wait-for-client", PYTHON_DRIVER, planFile], ctx.env);
  }
  say(`${problem.slug} · ${plan.name}, under pdb: it stops at the first line of ${entry} in ${shownAs} (n next, s step in, p expr, c continue, q quit).`);
  return runChild(exe, ["-u", PYTHON_DRIVER, planFile], ctx.env);
}
