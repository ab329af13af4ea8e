// What the history adds up to: per problem, per tag, and mock interviews over time.
import type { Problem } from "../registry/problem.js";
import { latestTests, type HistoryEntry, type MockEntry, type TestEntry } from "./history.js";

export interface ProblemStats {
  slug: string;
  tags: string[];
  /** Test runs and mock attempts. */
  attempts: number;
  passes: number;
  passRate: number;
  /** Passing now, in the sense drill list uses: the workspace's solution passed its latest run. */
  solved: boolean;
  /** Passed in a mock interview (its own file, in the mock's folder). */
  passedInMock: boolean;
  /** The first test run that passed (mocks apart). */
  firstSolved: string | null;
  lastRun: string | null;
  lastStatus: string | null;
  /** Fastest time to a pass in a mock (ms after its start). */
  bestMockMs: number | null;
  lastMockMs: number | null;
}

export interface TagStats {
  tag: string;
  attempts: number;
  passRate: number;
}

export interface Stats {
  problems: ProblemStats[];
  /** Tags by pass rate, weakest first (tags with attempts only). */
  weakestTags: TagStats[];
  mocks: { at: string; id: string; score: number; outcome: MockEntry["outcome"]; usedMs: number; problems: string[] }[];
  totals: { tests: number; mocks: number; solved: number; problems: number };
}

/**
 * `passing`: the problems whose workspace solution passes now (drill list's "passing"), so stats
 * and list agree; without it, those whose latest test run passed in some language.
 */
export function computeStats(entries: HistoryEntry[], problems: Problem[], passing?: ReadonlySet<string>): Stats {
  const tests = entries.filter((e): e is TestEntry => e.type === "test");
  const mocks = entries.filter((e): e is MockEntry => e.type === "mock");
  const latest = latestTests(entries);
  const passingNow = passing ?? new Set([...latest.values()].filter((t) => t.status === "passed").map((t) => t.slug));
  const rows: ProblemStats[] = problems.map((p) => {
    const mine = tests.filter((t) => t.slug === p.slug);
    const inMocks = mocks.flatMap((m) => m.problems.filter((x) => x.slug === p.slug).map((x) => ({ ...x, at: m.at })));
    const outcomes = [...mine.map((t) => ({ at: t.at, passed: t.status === "passed" })), ...inMocks.map((x) => ({ at: x.at, passed: x.status === "passed" }))].sort((a, b) => a.at.localeCompare(b.at));
    const passes = outcomes.filter((o) => o.passed).length;
    const mockTimes = inMocks.map((x) => x.solvedAtMs).filter((x): x is number => x !== undefined);
    const last = mine[mine.length - 1];
    return {
      slug: p.slug,
      tags: p.meta.tags,
      attempts: outcomes.length,
      passes,
      passRate: outcomes.length ? passes / outcomes.length : 0,
      solved: passingNow.has(p.slug),
      passedInMock: inMocks.some((x) => x.status === "passed"),
      firstSolved: mine.find((t) => t.status === "passed")?.at ?? null,
      lastRun: outcomes[outcomes.length - 1]?.at ?? null,
      lastStatus: last?.status ?? null,
      bestMockMs: mockTimes.length ? Math.min(...mockTimes) : null,
      lastMockMs: inMocks.length ? (inMocks[inMocks.length - 1].solvedAtMs ?? null) : null,
    };
  });
  const tags = new Map<string, { attempts: number; passes: number }>();
  for (const row of rows.filter((r) => r.attempts > 0)) {
    for (const tag of row.tags) {
      const t = tags.get(tag) ?? { attempts: 0, passes: 0 };
      t.attempts += row.attempts;
      t.passes += row.passes;
      tags.set(tag, t);
    }
  }
  const weakestTags = [...tags.entries()]
    .map(([tag, t]) => ({ tag, attempts: t.attempts, passRate: t.passes / t.attempts }))
    .sort((a, b) => a.passRate - b.passRate || b.attempts - a.attempts);
  return {
    problems: rows,
    weakestTags,
    mocks: mocks.map((m) => ({ at: m.at, id: m.id, score: m.score, outcome: m.outcome, usedMs: m.usedMs, problems: m.problems.map((p) => p.slug) })),
    totals: { tests: tests.length, mocks: mocks.length, solved: rows.filter((r) => r.solved).length, problems: rows.length },
  };
}
