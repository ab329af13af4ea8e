// How the user ran drill, so every command drill suggests runs as typed: `npx drill test mha`
// after `npm install`, `drill test mha` once `drill` is on PATH (npm link), `node bin/drill.js …`
// when run by its path; and with the `--workspace DIR` the user gave, since without it the
// command would look at another folder. Decided once at start-up by cli.ts (setInvocation),
// before any command runs; everything else only reads it through drillCommand.
import { existsSync, realpathSync } from "node:fs";
import { delimiter, isAbsolute, join, relative } from "node:path";
import { packageRoot } from "./paths.js";

const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);

/** "npx drill", "drill" or "node <path to drill.js>", from the environment npm and the shell leave. */
export function detectInvocation(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.npm_command === "exec") return "npx drill";
  const ours = real(join(packageRoot, "bin", "drill.js"));
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, "drill")) && real(join(dir, "drill")) === ours) return "drill";
  }
  const script = argv[1] ?? join(packageRoot, "bin", "drill.js");
  const rel = relative(cwd, script);
  return `node ${quote(rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : script)}`;
}

/** The --workspace value on a command line (`--workspace X` or `--workspace=X`), if any. */
export function workspaceArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--workspace" && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith("--workspace=")) return args[i].slice("--workspace=".length);
  }
  return undefined;
}

let base: string | (() => string) = "drill";
let workspaceFlag = "";

/** Called once by cli.ts before a command runs; the command is worked out on first use (it walks PATH). */
export function setInvocation(command: string | (() => string), workspace?: string): void {
  base = command;
  workspaceFlag = workspace ? ` --workspace ${quote(workspace)}` : "";
}

function invocationBase(): string {
  if (typeof base === "function") base = base();
  return base;
}

/**
 * A drill command as the user can run it: drillCommand("test mha") is "npx drill test mha
 * --workspace practice" when drill was started that way. `workspace: false` for commands that
 * do not read the workspace (show, check); a string names another workspace (a mock's folder).
 */
export function drillCommand(args: string, options: { workspace?: boolean | string } = {}): string {
  const flag = typeof options.workspace === "string" ? ` --workspace ${quote(options.workspace)}` : options.workspace === false ? "" : workspaceFlag;
  return `${invocationBase()} ${args}${flag}`;
}
