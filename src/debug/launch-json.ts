// drill debug --vscode: a .vscode/launch.json in the workspace that starts the case drill debug
// last prepared (one configuration per language), never over another file without --force,
// and then with a backup in .drill/backup/.
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { UserError } from "../errors.js";
import { packageRoot } from "../paths.js";
import { backupDir, displayPath } from "../workspace/paths.js";
import { planPath } from "./plan.js";
import { tsDriverPath } from "./ts-driver.js";

export const PYTHON_DRIVER = join(packageRoot, "src", "debug", "debug_driver.py");

export function launchJsonPath(workspace: string): string {
  return join(workspace, ".vscode", "launch.json");
}

export function launchJson(workspace: string, python: string | undefined): string {
  const configurations = [
    {
      name: "drill debug (TypeScript)",
      type: "node",
      request: "launch",
      program: tsDriverPath(workspace),
      cwd: workspace,
      console: "integratedTerminal",
      sourceMaps: true,
      // The compiled solution lives in drill's cache folder, with your file as its source.
      resolveSourceMapLocations: null,
      skipFiles: ["<node_internals>/**"],
    },
    {
      name: "drill debug (Python)",
      type: "debugpy",
      request: "launch",
      program: PYTHON_DRIVER,
      args: [planPath(workspace, "py")],
      cwd: workspace,
      console: "integratedTerminal",
      justMyCode: false,
      ...(python ? { python } : {}),
    },
  ];
  return JSON.stringify({ version: "0.2.0", configurations }, null, 2) + "\n";
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

export interface LaunchWrite {
  path: string;
  /** "written", "unchanged" (the same configuration is already there), or replaced with a backup. */
  state: "written" | "unchanged" | "replaced";
  backup?: string;
}

export function writeLaunchJson(workspace: string, text: string, options: { force?: boolean; cwd: string; retry: string }): LaunchWrite {
  const path = launchJsonPath(workspace);
  if (!existsSync(path)) {
    mkdirSync(join(workspace, ".vscode"), { recursive: true });
    writeFileAtomic.sync(path, text);
    return { path, state: "written" };
  }
  if (readFileSync(path, "utf8") === text) return { path, state: "unchanged" };
  if (!options.force) {
    throw new UserError(
      `${displayPath(path, options.cwd)} already exists; drill does not overwrite it.`,
      `${options.retry} --force   (keeps a copy of the old file in ${displayPath(backupDir(workspace), options.cwd)}/), or add the configurations by hand`,
    );
  }
  mkdirSync(backupDir(workspace), { recursive: true });
  let backup = join(backupDir(workspace), `${basename(path)}.${timestamp()}`);
  for (let i = 2; existsSync(backup); i++) backup = join(backupDir(workspace), `${basename(path)}.${timestamp()}-${i}`);
  copyFileSync(path, backup, constants.COPYFILE_EXCL);
  writeFileAtomic.sync(path, text);
  return { path, state: "replaced", backup };
}
