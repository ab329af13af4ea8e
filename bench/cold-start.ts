// Cold start of the CLI: median wall time of several runs, with `node -e 0` beside it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";

export interface ColdStartRow {
  command: string;
  medianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args: string[], cwd: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { cwd, stdio: "ignore", env: { ...process.env, CI: "true", NO_COLOR: "1" } });
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export function measureColdStart(runs = 11): ColdStartRow[] {
  const ws = mkdtempSync(join(tmpdir(), "drill-bench-cold-"));
  const bin = join(packageRoot, "bin", "drill.js");
  const fixtures = join(packageRoot, "tests", "fixtures", "solutions", "sliding-window-max");
  mkdirSync(join(ws, "solutions"));
  cpSync(join(fixtures, "correct", "deque-of-indices.ts"), join(ws, "solutions", "sliding-window-max.ts"));
  cpSync(join(packageRoot, "problems", "sliding-window-max", "reference.py"), join(ws, "solutions", "sliding-window-max.py"));
  try {
    // One untimed run each, so the compile cache and the Python lookup are warm as for a user.
    time([bin, "test", "sliding-window-max", "--no-probe"], ws, 1);
    return [
      { command: "node -e 0", medianMs: time(["-e", "0"], ws, runs) },
      { command: "drill --help", medianMs: time([bin, "--help"], ws, runs) },
      { command: "drill list", medianMs: time([bin, "list"], ws, runs) },
      { command: "drill test sliding-window-max --lang ts --no-probe", medianMs: time([bin, "test", "sliding-window-max", "--lang", "ts", "--no-probe"], ws, runs) },
      { command: "drill test sliding-window-max --lang py --no-probe", medianMs: time([bin, "test", "sliding-window-max", "--lang", "py", "--no-probe"], ws, runs) },
    ];
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
