// The space probe on the problems themselves: every reference and correct fixture must meet
// its problem's space target, every memory-hungry fixture (tests/fixtures/space, and the
// correct fixtures listed in its correct-but-hungry.json) must not.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot, problemsDir } from "../src/paths.js";
import { probeSpace } from "../src/probe/space.js";
import { LANG_EXTENSION, loadRegistry, type Lang } from "../src/registry/load.js";
import { AdapterSet } from "../src/runner/adapters.js";

export interface ProblemSpaceRow {
  slug: string;
  lang: Lang;
  fixture: string;
  measured: string | null;
  target: string | null;
  ok: boolean;
  /** hungry fixtures (and correct ones known to keep too much) should fail, the rest pass. */
  expected: boolean;
  seconds: number;
}

export async function measureProblemSpace(options: { langs: Lang[]; filter?: string; log?: (line: string) => void }): Promise<ProblemSpaceRow[]> {
  const registry = loadRegistry(problemsDir());
  const spaceFixtures = join(packageRoot, "tests", "fixtures", "space");
  const hungryCorrect = JSON.parse(readFileSync(join(spaceFixtures, "correct-but-hungry.json"), "utf8")) as Record<string, string>;
  const adapters = new AdapterSet({ env: process.env });
  const rows: ProblemSpaceRow[] = [];
  const ws = mkdtempSync(join(tmpdir(), "drill-bench-space-"));
  try {
    for (const problem of registry.problems.filter((p) => p.meta.complexity.spaceTarget && (!options.filter || p.slug.includes(options.filter)))) {
      for (const lang of options.langs) {
        const adapter = adapters.get(lang);
        if (!adapter.ok) continue;
        const ext = LANG_EXTENSION[lang];
        const inDir = (dir: string, label: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => ({ path: join(dir, f), fixture: `${label}/${f}` })) : []);
        const reference = problem.files.reference[lang];
        const chosen = [
          ...(reference ? [{ path: reference, fixture: "reference" }] : []),
          ...inDir(join(packageRoot, "tests", "fixtures", "solutions", problem.slug, "correct"), "correct"),
          ...inDir(join(spaceFixtures, problem.slug), "hungry"),
        ];
        for (const { path, fixture } of chosen) {
          const file = join(ws, `${problem.slug}${ext}`);
          copyFileSync(path, file);
          const started = performance.now();
          const space = await probeSpace(problem, { file, lang, adapter: adapter.adapter, reference: "when-needed" });
          const row: ProblemSpaceRow = {
            slug: problem.slug,
            lang,
            fixture,
            measured: space.measured,
            target: space.target,
            ok: space.ok,
            expected: !fixture.startsWith("hungry/") && !hungryCorrect[`${problem.slug}/${fixture.replace(/^correct\//, "")}`],
            seconds: (performance.now() - started) / 1000,
          };
          rows.push(row);
          options.log?.(`${row.ok === row.expected ? "✓" : "✗"} ${problem.slug} [${lang}] ${fixture}: ${space.verdict}${space.note ? ` (${space.note})` : ""} ${row.seconds.toFixed(1)} s`);
        }
      }
    }
  } finally {
    await adapters.dispose();
    rmSync(ws, { recursive: true, force: true });
  }
  return rows;
}
