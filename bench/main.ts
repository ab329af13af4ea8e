// npm run bench: the measurements behind drill's speed and accuracy claims, written to
// bench/reports/latest.md (and .json). Sections: probe (accuracy on labelled functions),
// space (the same for extra memory), problems (slow fixtures fail their probe), problem-space
// (memory-hungry fixtures fail the space probe), watch (save → frame latency), cold (start-up),
// suite (drill test over every reference: cold, then cached).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { findTorchPython } from "../src/runner/python-env.js";
import { measureColdStart, type ColdStartRow } from "./cold-start.js";
import { measureSuiteCache, type SuiteCacheReport } from "./suite-cache.js";
import { measureProblemProbes, type ProblemProbeRow } from "./problem-probes.js";
import { measureProblemSpace, type ProblemSpaceRow } from "./problem-space.js";
import { confusionTable, runProbeAccuracy, type AccuracyReport } from "./probe-accuracy.js";
import { measureWatchLatency, type LatencyReport } from "./watch-latency.js";
import { runSpaceAccuracy, type SpaceAccuracy } from "./space-accuracy.js";
import { measureTruth, passesFromRowFiles, truthReport, type TruthKind, type TruthPass } from "./truth.js";

const args = process.argv.slice(2);
const only = (args.find((a) => a.startsWith("--only="))?.slice(7) ?? "probe,space,problems,problem-space,watch,cold,suite").split(",");
const repeats = Number(args.find((a) => a.startsWith("--repeats="))?.slice(10) ?? 3);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const log = (line: string) => process.stderr.write(line + "\n");

interface Report {
  date: string;
  machine: { node: string; cpus: number; loadBefore: number[] };
  probe?: AccuracyReport;
  space?: SpaceAccuracy;
  problems?: ProblemProbeRow[];
  problemSpace?: ProblemSpaceRow[];
  watch?: LatencyReport[];
  cold?: ColdStartRow[];
  suite?: SuiteCacheReport;
  truth?: TruthPass[];
}

const report: Report = { date: new Date().toISOString(), machine: { node: process.version, cpus: cpus().length, loadBefore: loadavg() } };

if (only.includes("probe")) {
  log("== probe accuracy on labelled functions");
  report.probe = runProbeAccuracy({ repeats, budgetMs: 3000, log });
}
if (only.includes("space")) {
  log("== space probe accuracy on labelled functions");
  report.space = await runSpaceAccuracy({ repeats, log });
}
if (only.includes("problems")) {
  log("== probes on the problems' slow and correct fixtures");
  report.problems = await measureProblemProbes({ langs: ["ts", "py"], budgetMs: 3000, correctPerProblem: 1, log });
}
if (only.includes("problem-space")) {
  log("== space probes on the problems' references, correct and memory-hungry fixtures");
  report.problemSpace = await measureProblemSpace({ langs: ["ts", "py"], filter: args.find((a) => a.startsWith("--filter="))?.slice(9), log });
}
if (only.includes("watch")) {
  log("== drill watch: save → frame");
  report.watch = [];
  for (const lang of ["ts", "py"] as const) report.watch.push(await measureWatchLatency({ lang, saves: 60, log }));
  // PyTorch: on the Python that has torch (DRILL_PYTHON, /usr/bin/python3, python3), at a typist's pace and at a pause of 2 s.
  const torch = [process.env, { ...process.env, DRILL_PYTHON: "/usr/bin/python3" }].map((env) => ({ env, found: findTorchPython(env) })).find((c) => c.found.ok);
  if (torch) {
    for (const pauseMs of [150, 2000]) report.watch.push(await measureWatchLatency({ lang: "torch", saves: 20, pauseMs, env: torch.env, log }));
  } else {
    log("no Python with torch: the PyTorch watch latency is left out");
  }
}
if (only.includes("truth")) {
  // Quiet first, then with two processes spinning beside it (--truth-load=quiet|loaded|both).
  // A pass can be split over processes (--truth-shard=1/3 … 3/3, each writing --truth-rows=FILE)
  // and reported from their files (--truth-from=FILE,FILE).
  const loads = flag("truth-load") ?? "both";
  const kinds = (flag("truth-kinds") ?? "reference,correct,slow").split(",") as TruthKind[];
  const shard = flag("truth-shard")?.match(/^(\d+)\/(\d+)$/);
  const spinners = flag("truth-spinners");
  report.truth = [];
  if (flag("truth-from")) report.truth = passesFromRowFiles(flag("truth-from")!.split(","));
  for (const loaded of flag("truth-from") ? [] : [false, true]) {
    if ((loaded && loads === "quiet") || (!loaded && loads === "loaded")) continue;
    log(`== truth: every reference and fixture against its declared classes (${loaded ? "two busy processes beside it" : "load as is"})`);
    report.truth.push(
      await measureTruth({
        langs: ["ts", "py"],
        kinds,
        budgetMs: 3000,
        loaded,
        filter: flag("filter"),
        ...(shard ? { shard: { index: Number(shard[1]), count: Number(shard[2]) } } : {}),
        ...(spinners !== undefined ? { spinners: Number(spinners) } : {}),
        ...(flag("truth-label") ? { label: flag("truth-label") } : {}),
        ...(flag("truth-rows") ? { rowsFile: flag("truth-rows") } : {}),
        log,
      }),
    );
  }
}
if (only.includes("cold")) {
  log("== cold start");
  report.cold = measureColdStart();
}

if (only.includes("suite")) {
  // --suite-filter=REGEX tests only the matching problems (a subset on a busy machine).
  log("== drill test over every reference: cold, then cached");
  report.suite = measureSuiteCache({ filter: flag("suite-filter"), jobs: flag("suite-jobs") ? Number(flag("suite-jobs")) : undefined, log });
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const lines = [`# drill benchmark report`, ``, `${report.date} · Node ${report.machine.node} · ${report.machine.cpus} CPUs · load average before: ${report.machine.loadBefore.map((l) => l.toFixed(2)).join(", ")}`, ``];
if (report.probe) {
  const p = report.probe;
  lines.push(
    `## Probe accuracy (labelled functions, ${p.runs.length} classifications)`,
    ``,
    `Exact: **${pct(p.exact)}** · within one log factor: **${pct(p.withinTolerance)}** · seconds per classification: median ${p.medianSeconds.toFixed(2)}, max ${p.maxSeconds.toFixed(2)}`,
    ``,
    confusionTable(p.runs),
    ``,
    `Misclassified: ${p.runs.filter((r) => r.measured !== r.expected).map((r) => `${r.name} (${r.expected} → ${r.measured ?? "none"})`).join("; ") || "none"}`,
    ``,
  );
}
if (report.space) {
  const sp = report.space;
  lines.push(
    `## Space probe accuracy (labelled functions, ${sp.runs.length} classifications)`,
    ``,
    `Exact: **${pct(sp.exact)}** · seconds per classification: median ${sp.medianSeconds.toFixed(2)}`,
    ``,
    `Misclassified: ${sp.runs.filter((r) => r.measured !== r.expected).map((r) => `${r.name} (${r.expected} → ${r.measured ?? "none"})`).join("; ") || "none"}`,
    ``,
  );
}
if (report.problems) {
  const rows = report.problems;
  const slow = rows.filter((r) => r.kind === "slow");
  const correct = rows.filter((r) => r.kind === "correct");
  lines.push(
    `## Probes on the problems`,
    ``,
    `Slow fixtures failing their probe: **${slow.filter((r) => !r.ok).length}/${slow.length}** · correct fixtures passing: **${correct.filter((r) => r.ok).length}/${correct.length}**`,
    ``,
    `| problem | lang | fixture | measured | target | ok | ratio to reference | ratio growth |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...rows.map((r) => `| ${r.slug} | ${r.lang} | ${r.fixture} | ${r.measured ?? "—"} | ${r.target} | ${r.ok ? "pass" : "fail"}${r.ok === r.expected ? "" : " ✗"} | ${r.ratio ? r.ratio.toFixed(1) + "×" : "—"} | ${r.ratioGrowth?.toFixed(2) ?? "—"} |`),
    ``,
  );
}
if (report.problemSpace) {
  const rows = report.problemSpace;
  const hungry = rows.filter((r) => !r.expected);
  const lean = rows.filter((r) => r.expected);
  const seconds = rows.map((r) => r.seconds).sort((a, b) => a - b);
  const wrong = rows.filter((r) => r.ok !== r.expected);
  lines.push(
    `## Space probes on the problems`,
    ``,
    `Memory-hungry fixtures failing: **${hungry.filter((r) => !r.ok).length}/${hungry.length}** · references and correct fixtures passing: **${lean.filter((r) => r.ok).length}/${lean.length}** · seconds per space probe: median ${seconds[seconds.length >> 1]?.toFixed(1)}, max ${seconds[seconds.length - 1]?.toFixed(1)}`,
    ``,
    ...(wrong.length ? [`| problem | lang | fixture | measured | target | ok |`, `| --- | --- | --- | --- | --- | --- |`, ...wrong.map((r) => `| ${r.slug} | ${r.lang} | ${r.fixture} | ${r.measured ?? "—"} | ${r.target} | ${r.ok ? "pass" : "fail"} ✗ |`)] : [`Every verdict as expected.`]),
    ``,
  );
}
if (report.watch) {
  lines.push(`## drill watch: save → frame`, ``, `| language | pause between saves | saves | first result | p50 | p95 |`, `| --- | --- | --- | --- | --- | --- |`);
  for (const w of report.watch) lines.push(`| ${w.lang} | ${w.pauseMs} ms | ${w.saves} | ${w.firstMs.toFixed(0)} ms | ${w.p50.toFixed(1)} ms | ${w.p95.toFixed(1)} ms |`);
  lines.push(``);
}
if (report.cold) {
  lines.push(
    `## Cold start (median of 11 rounds, each command once per round beside \`node -e 0\`)`,
    ``,
    `Goals: \`drill --help\` ≤ 1.3×, \`drill list\` ≤ 2× \`node -e 0\`.`,
    ``,
    `| command | median | × node -e 0 |`,
    `| --- | --- | --- |`,
    ...report.cold.map((c) => `| \`${c.command}\` | ${c.medianMs.toFixed(0)} ms | ${c.ratio.toFixed(2)}× |`),
    ``,
  );
}
if (report.suite) {
  const s = report.suite;
  lines.push(
    `## drill test over ${s.filter ? `the references matching /${s.filter}/` : "every reference"} (${s.solutions} solutions${s.jobs ? `, --jobs ${s.jobs}` : ""})`,
    ``,
    `Cold: **${(s.coldMs / 1000).toFixed(1)} s** (${s.passed}/${s.solutions} passed) · cached: **${(s.cachedMs / 1000).toFixed(1)} s** (${s.cachedCount} cached) · ratio **${s.ratio.toFixed(1)}×**`,
    ``,
  );
}
if (report.truth) {
  lines.push(`## Truth: measured classes against each solution's declared ones`, ``, ...report.truth.flatMap(truthReport));
}
const dir = join(packageRoot, "bench", "reports");
mkdirSync(dir, { recursive: true });
// A run of some sections leaves the full report alone.
const name = args.some((a) => a.startsWith("--only=")) ? "partial" : "latest";
writeFileSync(join(dir, `${name}.md`), lines.join("\n"));
writeFileSync(join(dir, `${name}.json`), JSON.stringify(report, null, 2) + "\n");
process.stdout.write(lines.join("\n") + "\n");
process.exit(0);
