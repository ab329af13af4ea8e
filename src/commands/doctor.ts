// drill doctor: what drill needs on this machine, what is missing, and how to fix it.
import { accessSync, constants, existsSync } from "node:fs";
import chalk from "chalk";
import { leetcodeRuntime } from "../runner/leetcode-ts.js";
import { findPython, findTorchPython, PYTHON_HELP, TORCH_HELP, type PythonInfo } from "../runner/python-env.js";
import { displayPath } from "../workspace/paths.js";
import { openWorkspace } from "./workspace.js";
import type { CommandContext } from "./context.js";
import { drillCommand } from "../invocation.js";

export interface DoctorOptions {
  json?: boolean;
  workspace?: string;
}

interface Check {
  name: string;
  ok: boolean;
  /** What was found. */
  found: string;
  /** How to fix it, when not ok. */
  fix?: string;
  /** Missing it only disables part of drill. */
  optional?: boolean;
  /** An extra (PyTorch): shown, but missing it does not make the exit code 1. */
  extra?: boolean;
}

/** torch for PyTorch solutions: its version, or where to get it (another Python on the machine may have it). */
function torchCheck(python: PythonInfo, env: NodeJS.ProcessEnv): Check {
  if (python.torch) return { name: "torch", ok: true, found: `${python.torch} (PyTorch solutions, --lang torch)`, extra: true };
  const system = python.executable !== "/usr/bin/python3" ? findTorchPython({ ...env, DRILL_PYTHON: "/usr/bin/python3" }) : undefined;
  const fix = system?.ok ? `DRILL_PYTHON=/usr/bin/python3 (it has torch ${system.info.torch}), or ${TORCH_HELP}` : TORCH_HELP;
  return { name: "torch", ok: false, found: `not installed for ${python.executable} (needed only by --lang torch)`, fix, optional: true, extra: true };
}

const MIN_NODE = [20, 19];

function nodeCheck(): Check {
  const [major, minor] = process.versions.node.split(".").map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return { name: "node", ok, found: `v${process.versions.node} (${process.execPath})`, fix: ok ? undefined : "install Node.js 20.19 or newer" };
}

function workspaceCheck(workspace: string, cwd: string): Check {
  const shown = displayPath(workspace, cwd);
  if (!existsSync(workspace)) return { name: "workspace", ok: true, found: `${shown}/ (created by the first ${drillCommand("new <slug>")})` };
  try {
    accessSync(workspace, constants.W_OK);
    return { name: "workspace", ok: true, found: `${shown}/` };
  } catch {
    return { name: "workspace", ok: false, found: `${shown}/ is not writable`, fix: "fix its permissions or choose another with --workspace DIR" };
  }
}

/** The packages behind LeetCode's JavaScript/TypeScript globals, with their versions. */
function leetcodeJsCheck(): Check {
  const runtime = leetcodeRuntime();
  const missing = runtime.filter((p) => !p.version);
  return {
    name: "leetcode-js",
    ok: missing.length === 0,
    found: runtime.map((p) => `${p.name.replace("@datastructures-js/", "")} ${p.version ?? "missing"}`).join(", "),
    fix: missing.length ? "npm install (in drill's folder): code pasted from LeetCode uses these without importing them" : undefined,
    optional: true,
  };
}

export async function doctorCommand(options: DoctorOptions, ctx: CommandContext): Promise<number> {
  const checks: Check[] = [nodeCheck()];
  const python = findPython(ctx.env, { fresh: true });
  if (python.ok) {
    checks.push({ name: "python", ok: true, found: `${python.info.version} (${python.info.executable}, from ${python.info.command})` });
    checks.push({
      name: "numpy",
      ok: python.info.numpy !== null,
      found: python.info.numpy ?? "not importable",
      fix: python.info.numpy ? undefined : `${python.info.executable} -m pip install numpy (needed by the tensor problems in Python)`,
      optional: true,
    });
    checks.push({
      name: "leetcode-py",
      ok: true,
      found: `LeetCode's pre-imports, recursion limit 550,000; sortedcontainers ${python.info.sortedcontainers ?? "not installed (SortedList, SortedDict and SortedSet are missing)"}`,
    });
    checks.push(torchCheck(python.info, ctx.env));
  } else {
    checks.push({ name: "python", ok: false, found: python.message, fix: PYTHON_HELP, optional: true });
  }
  checks.push(leetcodeJsCheck());
  checks.push(workspaceCheck(openWorkspace(ctx, options.workspace), ctx.cwd));

  const ok = checks.every((c) => c.ok || c.extra);
  if (options.json) {
    ctx.stdout.write(JSON.stringify({ ok, checks }, null, 2) + "\n");
  } else {
    for (const c of checks) {
      const mark = c.ok ? chalk.green("✓") : c.optional ? chalk.yellow("!") : chalk.red("✗");
      ctx.stdout.write(`${mark} ${c.name.padEnd(11)} ${c.found}\n`);
      if (c.fix) ctx.stdout.write(`  ${chalk.dim("fix:")} ${c.fix}\n`);
    }
    const pythonMissing = checks.some((c) => c.optional && !c.ok && !c.extra);
    const torchMissing = checks.some((c) => c.extra && !c.ok);
    ctx.stdout.write(
      ok && torchMissing ? chalk.yellow("\nTypeScript and Python drills work; PyTorch drills (--lang torch) need the fix above.\n") :
      ok ? chalk.green("\nEverything drill needs is here.\n") : pythonMissing && checks.every((c) => c.ok || c.optional) ? chalk.yellow("\nTypeScript drills work; Python drills need the fixes above.\n") : chalk.red("\nSome of drill cannot work until the fixes above are made.\n"),
    );
  }
  return ok ? 0 : 1;
}
