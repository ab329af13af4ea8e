// Cold start of the CLI: median wall time of several runs, with `node -e 0` beside it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";

export interface ColdStartRow {
  command: string;
  medianMs: number;
  /** The median over `node -e 0`'s, both timed in the same rounds. */
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeOnce(args: string[], cwd: string): number {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { cwd, stdio: "ignore", env: { ...process.env, CI: "true", NO_COLOR: "1" } });
  return performance.now() - t0;
}

/**
 * Every command is timed once per round, in turn with `node -e 0`, so a busy moment of a
 * shared machine lands on all of them alike; the ratio is of the medians.
 */
export function measureColdStart(runs = 11): ColdStartRow[] {
  const ws = mkdtempSync(join(tmpdir(), "drill-bench-cold-"));
  const bin = join(packageRoot, "bin", "drill.js");
  const fixtures = join(packageRoot, "tests", "fixtures", "solutions", "sliding-window-max");
  mkdirSync(join(ws, "solutions"));
  cpSync(join(fixtures, "correct", "deque-head-index.ts"), join(ws, "solutions", "sliding-window-max.ts"));
  cpSync(join(packageRoot, "problems", "sliding-window-max", "reference.py"), join(ws, "solutions", "sliding-window-max.py"));
  const commands: { command: string; args: string[] }[] = [
    { command: "node -e 0", args: ["-e", "0"] },
    { command: "drill --help", args: [bin, "--help"] },
    { command: "drill list", args: [bin, "list"] },
    { command: "drill test sliding-window-max --lang ts --no-probe --no-cache", args: [bin, "test", "sliding-window-max", "--lang", "ts", "--no-probe", "--no-cache"] },
    { command: "drill test sliding-window-max --lang py --no-probe --no-cache", args: [bin, "test", "sliding-window-max", "--lang", "py", "--no-probe", "--no-cache"] },
    { command: "drill test sliding-window-max --lang ts --no-probe (cached)", args: [bin, "test", "sliding-window-max", "--lang", "ts", "--no-probe"] },
  ];
  try {
    // One untimed run each, so the compile cache, the Python lookup and the verdict cache are warm as for a user.
    for (const c of commands) timeOnce(c.args, ws);
    const samples = commands.map(() => [] as number[]);
    for (let round = 0; round < runs; round++) commands.forEach((c, i) => samples[i].push(timeOnce(c.args, ws)));
    const medians = samples.map(median);
    return commands.map((c, i) => ({ command: c.command, medianMs: medians[i], ratio: medians[i] / medians[0] }));
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
