// `drill test` over a workspace holding every reference solution: the first (cold) run, then
// the same run again with every verdict cached, and the ratio.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";

export interface SuiteCacheReport {
  solutions: number;
  /** The slugs' filter, when only some problems were used. */
  filter: string | null;
  jobs: number | null;
  coldMs: number;
  cachedMs: number;
  cachedCount: number;
  ratio: number;
  passed: number;
}

function run(ws: string, jobs: number | null): { ms: number; results: { status: string; cached: boolean }[] } {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [join(packageRoot, "bin", "drill.js"), "test", "--json", "--workspace", ws, ...(jobs ? ["--jobs", String(jobs)] : [])], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, CI: "true", NO_COLOR: "1" },
  });
  const ms = performance.now() - t0;
  return { ms, results: (JSON.parse(out.stdout) as { results: { status: string; cached: boolean }[] }).results };
}

/** `filter`: a regular expression the slugs must match (a subset on a busy machine). */
export function measureSuiteCache(options: { filter?: string; jobs?: number; log: (line: string) => void }): SuiteCacheReport {
  const ws = mkdtempSync(join(tmpdir(), "drill-bench-suite-"));
  const re = options.filter ? new RegExp(options.filter) : null;
  let solutions = 0;
  try {
    for (const slug of readdirSync(join(packageRoot, "problems"))) {
      if (re && !re.test(slug)) continue;
      for (const [file, ext] of [["reference.ts", ".ts"], ["reference.py", ".py"]] as const) {
        const from = join(packageRoot, "problems", slug, file);
        if (!existsSync(from)) continue;
        cpSync(from, join(ws, `${slug}${ext}`));
        solutions++;
      }
    }
    options.log(`${solutions} reference solutions; cold run…`);
    const cold = run(ws, options.jobs ?? null);
    options.log(`cold: ${(cold.ms / 1000).toFixed(1)} s; cached run…`);
    const cached = run(ws, options.jobs ?? null);
    options.log(`cached: ${(cached.ms / 1000).toFixed(1)} s`);
    return {
      solutions,
      filter: options.filter ?? null,
      jobs: options.jobs ?? null,
      coldMs: cold.ms,
      cachedMs: cached.ms,
      cachedCount: cached.results.filter((r) => r.cached).length,
      ratio: cold.ms / cached.ms,
      passed: cold.results.filter((r) => r.status === "passed").length,
    };
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
