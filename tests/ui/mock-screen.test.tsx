import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { reduceMock, startMock, type MockProblem } from "../../src/mock/session.js";
import { MockScreen } from "../../src/ui/screens/MockScreen.js";

const strip = (s: string | undefined) => (s ?? "").replace(/\u001b\[[0-9;]*m/g, "");

describe("MockScreen", () => {
  it("shows the statement on v while coding, and says how to read the part that does not fit", () => {
    const problem: MockProblem = {
      slug: "lcs",
      lang: "ts",
      title: "Longest Common Subsequence",
      file: "solutions/mock/1/lcs.ts",
      target: "O(n^2)",
      space: "O(n·m)",
      statement: ["Given two strings a and b, return the length of their longest common subsequence.", ...Array.from({ length: 80 }, (_, i) => `detail ${i + 1}`)].join("\n"),
    };
    const state = reduceMock(startMock([problem], { minutes: 45, now: 0 }), { type: "key", input: "v" })[0];
    const { lastFrame, unmount } = render(<MockScreen state={state} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("Given two strings a and b");
    expect(frame).toMatch(/… \d+ more lines: drill show lcs/);
    expect(frame).toContain("v hide the statement");
    unmount();
  });

  it("shows drill's own failure under the screen (a judge that could not finish)", () => {
    const problem: MockProblem = { slug: "lcs", lang: "ts", title: "LCS", file: "x/lcs.ts", target: "O(n^2)", space: "O(n·m)" };
    const judging = reduceMock(startMock([problem], { minutes: 45, now: 0 }), { type: "key", input: "s" })[0];
    const [state] = reduceMock(judging, { type: "failed", message: "drill could not judge: the runner broke" });
    const { lastFrame, unmount } = render(<MockScreen state={state} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("Interviewer: What is the time complexity");
    expect(frame).toContain("drill could not judge: the runner broke");
    unmount();
  });

  it("says on the score card when a problem has no follow-up card, and that its score leaves it out", () => {
    const problem: MockProblem = { slug: "lcs", lang: "ts", title: "LCS", file: "x/lcs.ts", target: "O(n^2)", space: "O(n·m)" };
    const state = { ...startMock([problem], { minutes: 45, now: 0 }), phase: "scorecard" as const, outcome: "submitted" as const, endedAt: 1000 };
    const { lastFrame, unmount } = render(<MockScreen state={state} />);
    expect(strip(lastFrame())).toContain("– follow-up: this problem has no theory card, so its score leaves the follow-up out");
    unmount();
  });
});
