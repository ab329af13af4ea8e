// The truth benchmark: every reference and every correct and slow fixture of every problem,
// probed (time and space) and compared with its declared classes — the reference's from
// problem.json, the fixtures' from tests/fixtures/solutions/<slug>/classes.json. Run once as
// the machine is, and once with two processes spinning beside it: correct code must never
// fail, slow code must still fail.
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, problemsDir } from "../src/paths.js";
import { probeSolution } from "../src/probe/run-probe.js";
import { COMPLEXITY_CLASSES, complexityRank, type ComplexityClass, type ProbeStatus } from "../src/registry/complexity.js";
import { LANG_EXTENSION, loadRegistry, type Lang, type Problem } from "../src/registry/load.js";
import { referenceClassesFor } from "../src/registry/problem.js";
import type { ClassPair } from "../src/registry/schema.js";
import { AdapterSet } from "../src/runner/adapters.js";
import { withinLogFactor } from "../src/probe/verdict.js";

export type TruthKind = "reference" | "correct" | "slow";

export interface TruthRow {
  slug: string;
  lang: Lang;
  kind: TruthKind;
  file: string;
  declared: ClassPair;
  target: ComplexityClass;
  time: { status: ProbeStatus; measured: ComplexityClass | null; verdict: string };
  space: { status: ProbeStatus; measured: ComplexityClass | null } | null;
  seconds: number;
}

export interface TruthPass {
  load: string;
  rows: TruthRow[];
}

interface Candidate {
  problem: Problem;
  lang: Lang;
  kind: TruthKind;
  source: string;
  name: string;
  declared: ClassPair;
}

const EXTENSION: Record<Lang, string> = LANG_EXTENSION;

function candidates(problem: Problem, langs: Lang[], kinds: TruthKind[]): Candidate[] {
  const list: Candidate[] = [];
  const dir = join(packageRoot, "tests", "fixtures", "solutions", problem.slug);
  const classesFile = join(dir, "classes.json");
  const declaredFixtures: Record<string, ClassPair> = existsSync(classesFile) ? JSON.parse(readFileSync(classesFile, "utf8")) : {};
  for (const lang of langs) {
    const reference = problem.files.reference[lang];
    const declared = referenceClassesFor(problem.meta, lang);
    if (kinds.includes("reference") && reference && declared) list.push({ problem, lang, kind: "reference", source: reference, name: `reference${EXTENSION[lang]}`, declared });
    for (const kind of ["correct", "slow"] as const) {
      if (!kinds.includes(kind) || !existsSync(join(dir, kind))) continue;
      for (const f of readdirSync(join(dir, kind)).sort()) {
        // Only this language's files (a .torch.py is not a numpy solution).
        if (!f.endsWith(EXTENSION[lang]) || (lang !== "torch" && f.endsWith(".torch.py"))) continue;
        const fixtureClasses = declaredFixtures[`${kind}/${f}`];
        if (fixtureClasses) list.push({ problem, lang, kind, source: join(dir, kind, f), name: `${kind}/${f}`, declared: fixtureClasses });
      }
    }
  }
  return list;
}

/** Two processes that keep both cores busy, as a loaded laptop does. */
function spinners(count: number): ChildProcess[] {
  return Array.from({ length: count }, () => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
}

export interface TruthOptions {
  langs: Lang[];
  kinds: TruthKind[];
  budgetMs: number;
  loaded: boolean;
  /** Processes spinning beside the pass (default 2 when loaded, else 0). */
  spinners?: number;
  /** What the report calls the load (default: from `loaded`). */
  label?: string;
  /** Problems whose slug contains one of these, |-separated. */
  filter?: string;
  /** Shard i of k (1-based): every k-th solution, so k processes can share a pass. */
  shard?: { index: number; count: number };
  /** Each row is appended to this file as a JSON line as soon as it is measured. */
  rowsFile?: string;
  log?: (line: string) => void;
}

export async function measureTruth(options: TruthOptions): Promise<TruthPass> {
  const registry = loadRegistry(problemsDir());
  const adapters = new AdapterSet({ env: process.env });
  const ws = mkdtempSync(join(tmpdir(), "drill-bench-truth-"));
  const busy = spinners(options.spinners ?? (options.loaded ? 2 : 0));
  const load = options.label ?? (options.loaded ? "two busy processes" : "as is");
  const rows: TruthRow[] = [];
  const problems = registry.problems.filter((p) => !options.filter || options.filter.split("|").some((f) => p.slug.includes(f)));
  const shard = options.shard ?? { index: 1, count: 1 };
  // In the order of `kinds` (every reference first, by default), so a pass cut short has whole kinds.
  const all = options.kinds.flatMap((kind) => problems.flatMap((problem) => candidates(problem, options.langs, [kind])));
  const mine = all.filter((_, i) => i % shard.count === shard.index - 1);
  try {
    for (const c of mine) {
      const problem = c.problem;
      const adapter = adapters.get(c.lang);
      if (!adapter.ok) continue;
      const file = join(ws, `${problem.slug}${EXTENSION[c.lang]}`);
      copyFileSync(c.source, file);
      const started = performance.now();
      const report = await probeSolution(problem, { file, lang: c.lang, adapter: adapter.adapter, budgetMs: options.budgetMs, space: true, spaceReference: false });
      const row: TruthRow = {
        slug: problem.slug,
        lang: c.lang,
        kind: c.kind,
        file: c.name,
        declared: c.declared,
        target: problem.meta.complexity.time,
        time: { status: report.status, measured: report.measured, verdict: report.verdict },
        space: report.space ? { status: report.space.status, measured: report.space.measured } : null,
        seconds: (performance.now() - started) / 1000,
      };
      rows.push(row);
      // The row file also keeps the curves, so a change to the fit can be replayed on them.
      const evidence = {
        points: report.points,
        reference: report.reference?.points ?? null,
        space: report.space ? { verdict: report.space.verdict, basis: report.space.basis, points: report.space.points } : null,
      };
      if (options.rowsFile) appendFileSync(options.rowsFile, JSON.stringify({ load, row, evidence }) + "\n");
      options.log?.(
        `${row.time.measured === row.declared.time ? "=" : row.time.measured ? "≠" : "?"} ${problem.slug} [${c.lang}] ${c.name}: time ${row.time.status} ${row.time.measured ?? "—"} (declared ${row.declared.time}) · space ${row.space?.measured ?? "—"} (declared ${row.declared.space})${row.time.measured ? "" : ` · ${report.verdict}`}`,
      );
    }
  } finally {
    for (const p of busy) p.kill("SIGKILL");
    await adapters.dispose();
    rmSync(ws, { recursive: true, force: true });
  }
  return { load, rows };
}

/** Passes rebuilt from row files written by `rowsFile` (shards of one pass, or passes run apart). */
export function passesFromRowFiles(files: string[]): TruthPass[] {
  const passes = new Map<string, TruthRow[]>();
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { load, row } = JSON.parse(line) as { load: string; row: TruthRow };
      passes.set(load, [...(passes.get(load) ?? []), row]);
    }
  }
  return [...passes].map(([load, rows]) => ({ load, rows }));
}

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : "—");

/** Declared (rows) against measured (columns), "—" where nothing was measured. */
function confusion(pairs: { declared: ComplexityClass; measured: ComplexityClass | null }[]): string {
  const used = COMPLEXITY_CLASSES.filter((c) => pairs.some((p) => p.declared === c || p.measured === c));
  const head = ["declared \\ measured", ...used, "—"];
  const body = used
    .filter((c) => pairs.some((p) => p.declared === c))
    .map((declared) => {
      const mine = pairs.filter((p) => p.declared === declared);
      return [declared, ...used.map((c) => String(mine.filter((p) => p.measured === c).length || "")), String(mine.filter((p) => !p.measured).length || "")];
    });
  const lines = [head, ...body].map((cells) => `| ${cells.join(" | ")} |`);
  lines.splice(1, 0, `|${head.map(() => " --- ").join("|")}|`);
  return lines.join("\n");
}

export function truthReport(pass: TruthPass): string[] {
  const { rows } = pass;
  const lean = rows.filter((r) => r.kind !== "slow");
  // Slow by one log factor only (slices copied at every level of a recursion): the probe passes
  // those by its stated rule, so they are counted apart.
  const slowByLog = rows.filter((r) => r.kind === "slow" && withinLogFactor(r.declared.time, r.target));
  const slow = rows.filter((r) => r.kind === "slow" && !slowByLog.includes(r));
  const timed = lean.filter((r) => r.time.measured);
  const exact = timed.filter((r) => r.time.measured === r.declared.time);
  const nearly = timed.filter((r) => withinLogFactor(r.time.measured!, r.declared.time));
  const spaced = rows.filter((r) => r.space?.measured);
  const spaceExact = spaced.filter((r) => r.space!.measured === r.declared.space);
  const spaceAbove = spaced.filter((r) => complexityRank(r.space!.measured!) > complexityRank(r.declared.space));
  const failedLean = lean.filter((r) => r.time.status === "failed");
  const seconds = rows.map((r) => r.seconds).sort((a, b) => a - b);
  const count = (group: TruthRow[], status: ProbeStatus) => group.filter((r) => r.time.status === status).length;
  const byLog = slowByLog.length ? ` Slow by one log factor only, which the probe tolerates: ${count(slowByLog, "failed")}/${slowByLog.length} failed.` : "";
  const slowLines = slow.length + slowByLog.length
    ? [`Slow fixtures (more than one log factor above the target) failing their probe: **${count(slow, "failed")}/${slow.length}** (inconclusive: ${count(slow, "inconclusive")}).${byLog}`]
    : [];
  const misses = rows.filter((r) => (r.time.measured && r.time.measured !== r.declared.time) || (r.kind === "slow" ? r.time.status !== "failed" && !slowByLog.includes(r) : r.time.status === "failed"));
  return [
    `### Load: ${pass.load} (${rows.length} solutions, median ${seconds[seconds.length >> 1]?.toFixed(1) ?? "—"} s each)`,
    ``,
    `References and correct fixtures (${lean.length}): time measured on **${pct(timed.length, lean.length)}** (inconclusive on ${lean.length - timed.length}); of those measured, exact **${pct(exact.length, timed.length)}**, within one log factor **${pct(nearly.length, timed.length)}**; failed their probe: **${failedLean.length}**.`,
    ...slowLines,
    `Space measured on ${pct(spaced.length, rows.length)} (${spaced.length}/${rows.length}); of those, exact **${pct(spaceExact.length, spaced.length)}**; measured above the declared class: **${spaceAbove.length}**.`,
    ``,
    `Time, declared against measured (references and correct fixtures):`,
    ``,
    confusion(lean.map((r) => ({ declared: r.declared.time, measured: r.time.measured }))),
    ``,
    `Space, declared against measured (every solution):`,
    ``,
    confusion(rows.map((r) => ({ declared: r.declared.space, measured: r.space?.measured ?? null }))),
    ``,
    ...(misses.length
      ? [`Off the declared class, or a wrong verdict:`, ``, `| problem | lang | solution | declared time | measured | status | verdict |`, `| --- | --- | --- | --- | --- | --- | --- |`, ...misses.map((r) => `| ${r.slug} | ${r.lang} | ${r.file} | ${r.declared.time} | ${r.time.measured ?? "—"} | ${r.time.status} | ${r.time.verdict.replace(/\|/g, "\\|")} |`)]
      : [`Every time class as declared, every verdict as expected.`]),
    ``,
    ...(spaceAbove.length ? [`Space above the declared class: ${spaceAbove.map((r) => `${r.slug} [${r.lang}] ${r.file} (${r.declared.space} → ${r.space!.measured})`).join("; ")}`, ``] : []),
  ];
}
