// The review schedule with an injected clock: a simulated month of attempts folded from the
// history, the grading table, the forecast and retention, and a damaged review.json rebuilt.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gradeAttempt, type Attempt } from "../../src/review/grading.js";
import { openSchedule } from "../../src/review/load.js";
import { cardKey, endOfDay } from "../../src/review/calendar.js";
import { dueBy, foldHistory, forecast, retention } from "../../src/review/schedule.js";
import { appendHistory, historyPath, readHistory, type HistoryEntry, type HistoryRead, type MockEntry, type ReviewEntry, type TestEntry } from "../../src/store/history.js";
import { emptyReviewState, readReviewState, reviewStatePath } from "../../src/store/review-state.js";
import { reviewDir } from "../../src/workspace/paths.js";
import { tempDir } from "../helpers/cli.js";

const day = (d: number, h = 9) => new Date(2026, 10, d, h);
const DAY = 24 * 3600 * 1000;
const medium = () => "medium" as const;

const test = (slug: string, at: Date, passed: boolean, probeOk?: boolean): TestEntry => ({
  v: 1, type: "test", at: at.toISOString(), slug, lang: "ts", status: passed ? "passed" : "failed", passed: passed ? 3 : 1, total: 3, durationMs: 5,
  ...(probeOk === undefined ? {} : { probe: { measured: "O(n)", target: "O(n)", ok: probeOk } }),
});
const review = (slug: string, at: Date, grade: 1 | 2 | 3 | 4, firstRun: boolean): ReviewEntry => ({
  v: 1, type: "review", at: at.toISOString(), slug, lang: "ts", grade, passed: grade > 1, firstRun, msToPass: 5 * 60_000, hints: 0, peeked: false, probeOk: true, spaceOk: true, folder: "x",
});
const read = (entries: HistoryEntry[]): HistoryRead => ({ entries, damagedLines: [], lines: entries.map((_, i) => i + 1), complete: entries.length });
const attempt = (a: Partial<Attempt>): Attempt => ({ passed: true, firstRun: true, msToPass: 5 * 60_000, hints: 0, peeked: false, probeOk: true, spaceOk: true, difficulty: "medium", ...a });

describe("the grading table", () => {
  it("maps what happened to Again, Hard, Good or Easy", () => {
    expect(gradeAttempt(attempt({}))).toBe(4);
    expect(gradeAttempt(attempt({ passed: false }))).toBe(1);
    expect(gradeAttempt(attempt({ peeked: true }))).toBe(1);
    expect(gradeAttempt(attempt({ hints: 1 }))).toBe(2);
    expect(gradeAttempt(attempt({ msToPass: 36 * 60_000 }))).toBe(2);
    expect(gradeAttempt(attempt({ msToPass: 36 * 60_000, difficulty: "hard" }))).toBe(3);
    expect(gradeAttempt(attempt({ probeOk: false }))).toBe(2);
    expect(gradeAttempt(attempt({ firstRun: false }))).toBe(3);
    expect(gradeAttempt(attempt({ spaceOk: null }))).toBe(3);
    expect(gradeAttempt(attempt({ msToPass: 20 * 60_000 }))).toBe(3);
    expect(gradeAttempt(attempt({ msToPass: null, firstRun: null, probeOk: null }))).toBe(3);
  });
});

describe("a simulated month of attempts", () => {
  // Nov 1: lcs fails twice, then passes; mha passes with a failing probe. Then every morning the
  // due problems are re-solved: lcs always right on the first run (Easy), mha wrong the first
  // time (Again) and right afterwards (Good). On Nov 20 a mock re-solves lcs and solves a new one.
  function month() {
    const history: HistoryEntry[] = [test("lcs", day(1, 9), false), test("lcs", day(1, 10), false), test("lcs", day(1, 11), true, true), test("mha", day(1, 12), true, false)];
    let state = foldHistory(emptyReviewState(), read(history), medium);
    const visits: Record<string, string[]> = { lcs: [], mha: [] };
    for (let d = 2; d <= 30; d++) {
      if (d === 20) {
        const mock: MockEntry = {
          v: 1, type: "mock", at: day(20, 14).toISOString(), id: "m", minutes: 45, outcome: "submitted", usedMs: 30 * 60_000, score: 80,
          problems: [
            { slug: "lcs", lang: "ts", status: "passed", passed: 3, total: 3, probe: { measured: "O(n)", ok: true, space: { measured: "O(n)", ok: true } }, solvedAtMs: 12 * 60_000, score: 60 },
            { slug: "coin-change", lang: "ts", status: "passed", passed: 3, total: 3, probe: null, solvedAtMs: 25 * 60_000, score: 40 },
            { slug: "word-break", lang: "ts", status: "failed", passed: 1, total: 3, probe: null, score: 10 },
          ],
        };
        history.push(mock);
      }
      const now = day(d);
      for (const due of dueBy(state, endOfDay(now))) {
        visits[due.slug]?.push(`${d}`);
        const g = due.slug === "lcs" ? 4 : visits.mha.length === 1 ? 1 : 3;
        history.push(review(due.slug, now, g, g !== 1));
      }
      state = foldHistory(state, read(history), medium);
      // A later test run of an already solved problem is no re-solve.
      if (d === 3) history.push(test("lcs", day(3, 18), true, true));
    }
    return { history, state: foldHistory(state, read(history), medium), visits };
  }

  it("creates a card at the first pass only, and spaces the reviews out", () => {
    const { state, visits } = month();
    expect(Object.keys(state.cards).sort()).toEqual(["coin-change:ts", "lcs:ts", "mha:ts"]);
    const lcs = state.log.filter((l) => l.slug === "lcs").map((l) => `${l.source}:${l.grade}`);
    // The later passing test run on Nov 3 added nothing; Easy on the first review pushed lcs past the mock.
    expect(lcs).toEqual(["first-solve:3", "review:4", "mock:4"]);
    expect(visits.lcs.map(Number).every((d) => d < 20)).toBe(true);
    expect(Date.parse(state.cards["lcs:ts"].due) - day(20).getTime()).toBeGreaterThan(30 * DAY);
    // mha started Hard (its probe failed): due before lcs; the lapse brought it back the next day,
    // and each Good after it spaced it further out.
    const mha = visits.mha.map(Number);
    expect(mha[0]).toBeLessThan(Number(visits.lcs[0]));
    expect(mha[1] - mha[0]).toBe(1);
    const gaps = mha.slice(1).map((d, i) => d - mha[i]);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]);
    expect(state.cards["mha:ts"].lapses).toBe(1);
    expect(state.cards["lcs:ts"].lapses).toBe(0);
    // Every due date lies after the last review.
    for (const card of Object.values(state.cards)) expect(Date.parse(card.due)).toBeGreaterThan(Date.parse(card.last_review!));
  });

  it("lets a mock feed the same schedule: a re-solve grades the card, a new pass creates one, a new failure none", () => {
    const { state } = month();
    const mockGrades = state.log.filter((l) => l.at.startsWith(new Date(day(20, 14).getTime() + 30 * 60_000).toISOString().slice(0, 13)));
    expect(mockGrades.map((l) => `${l.slug}:${l.source}:${l.grade}`)).toEqual(["lcs:mock:4", "coin-change:first-solve:3"]);
    expect(state.cards["word-break:ts"]).toBeUndefined();
  });

  it("gives the same schedule folded day by day as replayed at once", () => {
    const { history, state } = month();
    expect(foldHistory(emptyReviewState(), read(history), medium)).toEqual(state);
  });

  it("forecasts the next 14 days and computes retention by week", () => {
    const { state } = month();
    const f = forecast(state, day(30), 14);
    expect(f).toHaveLength(14);
    expect(f[0].day).toBe("2026-11-30");
    expect(f.reduce((a, b) => a + b.due, 0)).toBe(dueBy(state, endOfDay(day(30), 13)).length);
    const weeks = retention(state);
    expect(weeks.length).toBeGreaterThanOrEqual(2);
    const all = weeks.reduce((a, w) => ({ r: a.r + w.reviews, f: a.f + w.firstRun }), { r: 0, f: 0 });
    const reSolves = state.log.filter((l) => l.source !== "first-solve");
    expect(all.r).toBe(reSolves.length);
    expect(all.f).toBe(reSolves.filter((l) => l.firstRun).length);
    expect(all.f).toBeLessThan(all.r); // mha's lapse
  });
});

describe("review.json in the workspace", () => {
  it("is written atomically after folding, and a damaged one is set aside and rebuilt from the history", () => {
    const dir = tempDir();
    try {
      appendHistory(dir.path, [test("lcs", day(1), true, true), review("lcs", day(4), 3, true)]);
      const first = openSchedule(dir.path, [], { now: day(5), cwd: dir.path });
      expect(first.warnings).toEqual([]);
      expect(readReviewState(dir.path)).toEqual({ state: first.state, damaged: false });
      expect(first.state.cards["lcs:ts"].reps).toBe(2);

      writeFileSync(reviewStatePath(dir.path), '{"v":1,"cards":{"lcs:ts":');
      const rebuilt = openSchedule(dir.path, [], { now: day(5), cwd: dir.path });
      expect(rebuilt.warnings).toEqual([expect.stringMatching(/review\.json was damaged \(not valid JSON.*\); set aside as \.drill\/backup\/review\.json\.\d{8}-\d{6} and rebuilt from the history/)]);
      expect(rebuilt.state).toEqual(first.state);
      const backups = readdirSync(join(dir.path, ".drill", "backup"));
      expect(readFileSync(join(dir.path, ".drill", "backup", backups[0]), "utf8")).toBe('{"v":1,"cards":{"lcs:ts":');
      expect(readReviewState(dir.path).state).toEqual(first.state);

      // Nothing lost across an unknown version either, and a new history line is folded in.
      writeFileSync(reviewStatePath(dir.path), JSON.stringify({ v: 99 }));
      appendHistory(dir.path, [review("lcs", day(9), 4, true)]);
      const again = openSchedule(dir.path, [], { now: day(10), cwd: dir.path });
      expect(again.warnings[0]).toMatch(/unknown format version 99/);
      expect(again.state.cards["lcs:ts"].reps).toBe(3);
    } finally {
      dir.remove();
    }
  });

  it("leaves a history line still being written for the next time", () => {
    const dir = tempDir();
    try {
      appendHistory(dir.path, [test("lcs", day(1), true)]);
      writeFileSync(historyPath(dir.path), readFileSync(historyPath(dir.path), "utf8") + JSON.stringify(review("lcs", day(4), 3, true)));
      const h = readHistory(dir.path);
      expect(h.complete).toBe(1);
      const opened = openSchedule(dir.path, [], { now: day(5), cwd: dir.path });
      expect(opened.state.cards[cardKey("lcs", "ts")].reps).toBe(1);
      expect(opened.state.historyLines).toBe(1);
      expect(existsSync(join(dir.path, ".drill", "review.json"))).toBe(true);
    } finally {
      dir.remove();
    }
  });
});

describe("the review folder", () => {
  it("is review/<day>/, or <day>-2/… when an earlier review that day holds one of the files", () => {
    const taken = new Set(["/w/review/2026-12-06/lcs.ts", "/w/review/2026-12-06-2/lcs.ts"]);
    const has = (p: string) => taken.has(p);
    expect(reviewDir("/w", "2026-12-06", ["mha.ts"], has)).toBe("/w/review/2026-12-06");
    expect(reviewDir("/w", "2026-12-06", ["mha.ts", "lcs.ts"], has)).toBe("/w/review/2026-12-06-3");
  });
});
