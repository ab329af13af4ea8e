// The registry checks itself: every reference passes every case and the random
// cross-check, every fresh stub fails, and the fixture solutions for each problem —
// correct ones in several styles, wrong ones with one classic bug each — are judged right.
// The problems are split into shards, one test file each (registry-<k>.test.ts), so vitest's
// workers share the ~1,600 fixture runs instead of one worker running them all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegistry, solutionFileLang, type Lang, type Problem } from "../../src/registry/load.js";
import type { LanguageAdapter } from "../../src/runner/types.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import { selfCheckProblem } from "../../src/suite/self-check.js";
import { fixtureSolutions, repoRoot } from "../helpers/cli.js";
import { pythonAdapter, runSolutionText } from "../helpers/run-solution.js";

const CORE = ["sliding-window-max", "lcs", "maximal-square", "level-order", "mha", "mlp"];
const registry = loadRegistry(join(repoRoot, "problems"));
// PyTorch solutions have their own test (torch.test.ts): they need a Python with torch.
const LANGS = ["ts", "py"] as const;

/**
 * Fixture runs get three times the problem's time limits: a thousand runs side by side on a
 * busy machine must not turn a slow-but-correct solution into a time-out. (Limits themselves
 * are tested in the runner's tests.)
 */
const patient = (problem: Problem): Problem => ({
  ...problem,
  meta: { ...problem.meta, limits: { caseMs: problem.meta.limits.caseMs * 3, runMs: problem.meta.limits.runMs * 3 } },
});

export const fixtures = (slug: string, kind: "correct" | "wrong" | "slow", lang: Lang) => {
  const dir = join(fixtureSolutions, slug, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => solutionFileLang(f)?.lang === lang).map((f) => ({ name: f, path: join(dir, f) })) : [];
};

/** The registry's self-check for the problems whose index is `shard` modulo `shards`. */
export function checkRegistryShard(shard: number, shards: number): void {
  const adapters: Record<(typeof LANGS)[number], LanguageAdapter> = { ts: new TypeScriptAdapter({ keepWarm: true }), py: pythonAdapter({ keepWarm: true }) };
  afterAll(() => Promise.all(Object.values(adapters).map((a) => a.dispose())));

  if (shard === 0) {
    it("loads every problem folder without issues", () => {
      expect(registry.issues).toEqual([]);
    });

    it("has every core problem of DESIGN.md", () => {
      expect(registry.problems.map((p) => p.slug)).toEqual(expect.arrayContaining(CORE.filter((s) => existsSync(join(repoRoot, "problems", s)))));
    });

    it("splits every problem into exactly one shard", () => {
      const counted = Array.from({ length: shards }, (_, k) => registry.problems.filter((_, i) => i % shards === k).length);
      expect(counted.reduce((a, b) => a + b, 0)).toBe(registry.problems.length);
    });
  }

  const mine = registry.problems.filter((_, i) => i % shards === shard);
  describe.each(mine.map((p) => [p.slug, p] as const))("%s", (slug, problem) => {
    const langs = LANGS.filter((lang) => problem.files.reference[lang]);

    it("has references in both languages", () => {
      expect(langs).toEqual(["ts", "py"]);
    });

    it.each(langs)("passes the self-check in %s (reference passes, stub fails)", async (lang) => {
      const finding = await selfCheckProblem(patient(problem), lang, adapters[lang]);
      expect(finding.problems).toEqual([]);
      expect(finding.reference!.passed).toBe(finding.reference!.total);
      expect(finding.stub!.passed).toBeLessThan(finding.stub!.total);
    });

    if (CORE.includes(slug)) {
      it("has at least 20 fixed cases and 3 correct fixture styles", () => {
        expect(problem.cases.length).toBeGreaterThanOrEqual(20);
        expect(fixtures(slug, "correct", "ts").length).toBeGreaterThanOrEqual(3);
      });
    }

    for (const lang of LANGS) {
      const passing = [...fixtures(slug, "correct", lang), ...fixtures(slug, "slow", lang)];
      it.each(passing.map((f) => [f.name, f.path]))("accepts the correct solution %s", async (_name, path) => {
        const result = await runSolutionText(patient(problem), readFileSync(path, "utf8"), adapters[lang]);
        expect(result.failures.map((f) => `${f.name}: ${f.message}`)).toEqual([]);
        expect(result.status).toBe("passed");
      });

      const wrong = fixtures(slug, "wrong", lang);
      it.each(wrong.map((f) => [f.name, f.path]))("rejects the wrong solution %s", async (_name, path) => {
        const source = readFileSync(path, "utf8");
        expect(source.split("\n")[0]).toMatch(lang === "ts" ? /^\/\/ bug: / : /^# bug: /);
        // The problem's own limits: a wrong solution that runs out of time fails all the same.
        // Its first failing case is enough (drill's own run goes on to report them all).
        const result = await runSolutionText(problem, source, adapters[lang], { stopAtFirstFailure: true });
        expect(result.status).toBe("failed");
        expect(result.failures.length).toBeGreaterThan(0);
      });
    }
  });
}
