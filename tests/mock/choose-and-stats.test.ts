import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseProblems, weight } from "../../src/mock/choose.js";
import { loadRegistry } from "../../src/registry/load.js";
import type { HistoryEntry } from "../../src/store/history.js";
import { computeStats } from "../../src/store/stats.js";
import { repoRoot } from "../helpers/cli.js";

const registry = loadRegistry(join(repoRoot, "problems"));
const test = (slug: string, status: "passed" | "failed", at: string): HistoryEntry => ({ v: 1, type: "test", at, slug, lang: "ts", status, passed: 1, total: 2, durationMs: 5 });

describe("choosing mock problems", () => {
  it("repeats the same choice for the same seed and filters by tag", () => {
    const a = chooseProblems(registry.problems, [], { count: 2, seed: 7, tag: "ml", lang: "ts" }).map((p) => p.slug);
    const b = chooseProblems(registry.problems, [], { count: 2, seed: 7, tag: "ml", lang: "ts" }).map((p) => p.slug);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
    for (const slug of a) expect(registry.problems.find((p) => p.slug === slug)!.meta.tags).toContain("ml");
  });

  it("weighs unsolved and failing problems above solved ones", () => {
    const history = [test("lcs", "passed", "2026-11-01"), test("mha", "failed", "2026-11-01")];
    expect(weight("lcs", history)).toBe(1);
    expect(weight("mha", history)).toBe(3);
    expect(weight("mlp", history)).toBe(3);
  });

  it("chooses only problems with a PyTorch form for --lang torch", () => {
    const chosen = chooseProblems(registry.problems, [], { count: 30, seed: 3, lang: "torch" });
    expect(chosen.length).toBeGreaterThan(10);
    for (const p of chosen) expect(p.files.reference.torch, p.slug).toBeTruthy();
    expect(() => chooseProblems(registry.problems, [], { count: 1, seed: 1, tag: "dp", lang: "torch" })).toThrow(/no problem matches --tag dp/);
  });

  it("refuses a filter nothing matches", () => {
    expect(() => chooseProblems(registry.problems, [], { count: 1, seed: 1, tag: "no-such-tag", lang: "ts" })).toThrow(/no problem matches --tag no-such-tag/);
  });
});

describe("stats", () => {
  it("adds up runs and mocks per problem, tags, and mock scores", () => {
    const history: HistoryEntry[] = [
      test("lcs", "failed", "2026-11-01T10:00:00Z"),
      test("lcs", "passed", "2026-11-02T10:00:00Z"),
      test("mha", "failed", "2026-11-02T11:00:00Z"),
      {
        v: 1,
        type: "mock",
        at: "2026-11-03T10:00:00Z",
        id: "20261103-100000",
        minutes: 45,
        outcome: "submitted",
        usedMs: 20 * 60_000,
        score: 70,
        problems: [{ slug: "lcs", lang: "ts", status: "passed", passed: 91, total: 91, probe: { measured: "O(n^2)", ok: true }, solvedAtMs: 9 * 60_000, score: 70 }],
      },
    ];
    const stats = computeStats(history, registry.problems);
    const lcs = stats.problems.find((p) => p.slug === "lcs")!;
    expect(lcs).toMatchObject({ attempts: 3, passes: 2, solved: true, passedInMock: true, firstSolved: "2026-11-02T10:00:00Z", bestMockMs: 9 * 60_000 });
    expect(stats.problems.find((p) => p.slug === "mha")).toMatchObject({ attempts: 1, passes: 0, solved: false });
    expect(stats.weakestTags[0].passRate).toBe(0);
    expect(stats.mocks).toEqual([{ at: "2026-11-03T10:00:00Z", id: "20261103-100000", score: 70, outcome: "submitted", usedMs: 1_200_000, problems: ["lcs"] }]);
    expect(stats.totals).toMatchObject({ tests: 3, mocks: 1, solved: 1 });
  });

  it("counts as solved only what drill list calls passing, never a pass inside a mock alone", () => {
    const history: HistoryEntry[] = [
      {
        v: 1, type: "mock", at: "2026-11-03T10:00:00Z", id: "20261103-100000", minutes: 45, outcome: "submitted", usedMs: 60_000, score: 90,
        problems: [{ slug: "mha", lang: "ts", status: "passed", passed: 9, total: 9, probe: null, score: 90 }],
      },
    ];
    expect(computeStats(history, registry.problems).problems.find((p) => p.slug === "mha")).toMatchObject({ solved: false, passedInMock: true, firstSolved: null });
    // The workspace's status decides: the latest run of the solution there.
    expect(computeStats([test("mha", "passed", "2026-11-04T10:00:00Z")], registry.problems, new Set()).totals.solved).toBe(0);
  });
});
