// drill review's screen: the watch screen under its own heading, each problem's grade and next
// due date once saved, n offered before a pass, the reference shown before one.
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { reduceReview, startReview, type ReviewEvent, type ReviewState } from "../../src/review/session.js";
import { ReviewBanner } from "../../src/ui/components/ReviewBanner.js";
import { WatchScreen } from "../../src/ui/screens/WatchScreen.js";
import { realProblem } from "../helpers/run-solution.js";

const strip = (s: string | undefined) => (s ?? "").replace(/\u001b\[[0-9;]*m/g, "");
const lcs = realProblem("lcs");
const mha = realProblem("mha");
const problems = new Map([[lcs.slug, lcs], [mha.slug, mha]]);
const item = (slug: string) => ({ slug, lang: "ts" as const, title: slug, file: `solutions/review/2026-12-06/${slug}.ts`, hints: 3, exists: true, difficulty: "medium" as const });

function frame(state: ReviewState): string {
  const { lastFrame, unmount } = render(<WatchScreen state={state} problems={problems} reference={() => "export function longestCommonSubsequence() {}"} title="drill review" banner={<ReviewBanner state={state} />} testCommand={(i) => `drill test ${i.slug} --workspace solutions/review/2026-12-06`} />);
  const text = strip(lastFrame());
  unmount();
  return text;
}

const play = (state: ReviewState, ...events: ReviewEvent[]) => events.reduce((s, e) => reduceReview(s, e)[0], state);

describe("review screen", () => {
  it("shows the heading, what is still to do, and n and s before a pass", () => {
    const text = frame(startReview([item("lcs"), item("mha")], { now: 0 }));
    expect(text).toContain("drill review");
    expect(text).toMatch(/lcs \[ts\] now · mha \[ts\] to do/);
    expect(text).toMatch(/n next problem/);
    expect(text).toMatch(/s reference solution/);
  });

  it("shows a grade with its next due date, and the reference before a pass", () => {
    let state = startReview([item("lcs"), item("mha")], { now: 0 });
    state = play(state, { type: "file-changed", item: item("lcs") }, { type: "key", input: "n" }, { type: "scheduled", key: "lcs:ts", due: "2026-12-07T09:00:00.000Z" });
    expect(frame(state)).toMatch(/lcs \[ts\] again → due 2026-12-07 · mha \[ts\] now/);
    state = play(state, { type: "key", input: "s" });
    expect(frame(state)).toContain("Reference solution");
    expect(state.tracks["mha:ts"].peeked).toBe(true);
  });
});
