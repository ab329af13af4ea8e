// Which Python runs solutions: DRILL_PYTHON, else python3 on PATH, resolved once to the real
// interpreter (a pyenv shim costs ~75 ms per start) and remembered in the compile cache folder.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export interface PythonInfo {
  /** What the user asked for: DRILL_PYTHON or "python3". */
  command: string;
  /** The interpreter itself (sys.executable). */
  executable: string;
  version: string;
  /** numpy's version, or null when numpy cannot be imported. */
  numpy: string | null;
  /** sortedcontainers' version (LeetCode's Python has SortedList), or null when it cannot be imported. */
  sortedcontainers?: string | null;
  /** PyTorch's version (read from its package metadata, without importing it), or null. */
  torch: string | null;
}

export type PythonLookup = { ok: true; info: PythonInfo } | { ok: false; command: string; message: string };

// torch is found without importing it (that takes seconds): its spec, then its package's version.
const PROBE = [
  "import sys, json, importlib.util",
  "try:\n import numpy; n = numpy.__version__\nexcept Exception:\n n = None",
  "try:\n import sortedcontainers; s = sortedcontainers.__version__\nexcept Exception:\n s = None",
  "t = None",
  "try:\n if importlib.util.find_spec('torch'):\n  t = 'unknown'\n  import importlib.metadata; t = importlib.metadata.version('torch')\nexcept Exception:\n pass",
  "print(json.dumps({'executable': sys.executable, 'version': sys.version.split()[0], 'numpy': n, 'sortedcontainers': s, 'torch': t}))",
].join("\n");

function cacheFile(): string {
  let user = "user";
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry
  }
  const dir = join(tmpdir(), `drill-${user}`);
  mkdirSync(dir, { recursive: true });
  return join(dir, "python.json");
}

export function pythonCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.DRILL_PYTHON || "python3";
}

export function findPython(env: NodeJS.ProcessEnv = process.env, options: { fresh?: boolean } = {}): PythonLookup {
  const command = pythonCommand(env);
  const key = `${command}\0${env.PATH ?? ""}`;
  const file = cacheFile();
  if (!options.fresh) {
    try {
      const cached = JSON.parse(readFileSync(file, "utf8")) as { key: string; info: PythonInfo };
      if (cached.key === key && cached.info.torch !== undefined && existsSync(cached.info.executable)) return { ok: true, info: cached.info };
    } catch {
      // no cache yet, or a damaged one: look again
    }
  }
  try {
    const out = execFileSync(command, ["-c", PROBE], { encoding: "utf8", env, timeout: 15_000, stdio: ["ignore", "pipe", "pipe"] });
    const found = JSON.parse(out.trim().split("\n").pop()!) as Omit<PythonInfo, "command">;
    const info: PythonInfo = { command, ...found };
    try {
      writeFileSync(file, JSON.stringify({ key, info }));
    } catch {
      // a read-only temp folder only costs the next start-up
    }
    return { ok: true, info };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const message =
      e.code === "ENOENT"
        ? `${command} was not found${command.includes("/") ? "" : " on PATH"}`
        : `${command} did not start: ${(e.stderr || e.message).trim().split("\n").pop()}`;
    return { ok: false, command, message };
  }
}

/** The Python that runs PyTorch solutions: DRILL_PYTHON, else python3 on PATH, when it has torch. */
export function findTorchPython(env: NodeJS.ProcessEnv = process.env, options: { fresh?: boolean } = {}): PythonLookup {
  const python = findPython(env, options);
  if (!python.ok) return python;
  if (!python.info.torch) return { ok: false, command: python.info.command, message: `${python.info.command} (${python.info.executable}) has no torch` };
  return python;
}

export const TORCH_HELP =
  "install PyTorch for that Python (python3 -m pip install torch; see https://pytorch.org/get-started/locally/; Debian and Ubuntu: apt-get install python3-torch), or point DRILL_PYTHON at a Python that has it";

/** The line that tells the user how to get a working Python. */
export const PYTHON_HELP =
  "install Python 3 (https://www.python.org or your package manager) and numpy (python3 -m pip install numpy), or point DRILL_PYTHON at an interpreter that has them";
