import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { TestRunScreen, type TestRunState } from "../../src/ui/screens/TestRunScreen.js";

const strip = (s: string | undefined) => (s ?? "").replace(/\u001b\[[0-9;]*m/g, "");

describe("TestRunScreen", () => {
  it("shows live progress for the running problem and how many are queued", () => {
    const state: TestRunState = { finished: [], running: { slug: "lcs", lang: "ts", done: 12, total: 40 }, queued: 2 };
    const { lastFrame, unmount } = render(<TestRunScreen state={state} />);
    expect(strip(lastFrame())).toMatch(/^\S lcs \[ts\] case 12\/40 · 2 more queued$/);
    unmount();
  });

  it("keeps finished blocks above the live line and ends with the summary", () => {
    const { lastFrame, rerender, unmount } = render(<TestRunScreen state={{ finished: [], queued: 0, running: { slug: "mha", lang: "ts", done: 0, total: 0 } }} />);
    expect(strip(lastFrame())).toContain("mha [ts] compiling…");
    rerender(<TestRunScreen state={{ finished: [{ key: "mha:ts", text: "✓ mha [ts]  35/35 cases" }], queued: 0, summary: "1 passed" }} />);
    const frame = strip(lastFrame());
    expect(frame).toContain("✓ mha [ts]  35/35 cases");
    expect(frame).toContain("1 passed");
    expect(frame).not.toContain("compiling");
    unmount();
  });

  it("shows the whole run's progress under the live line: n/total, elapsed and the estimate", () => {
    const state: TestRunState = {
      finished: [],
      running: { slug: "lcs", lang: "py", done: 0, total: 0, probingN: 4096 },
      queued: 0,
      overall: { done: 12, total: 98, current: "lcs [py]: probing", elapsedMs: 65_000, etaMs: 190_000 },
    };
    const { lastFrame, unmount } = render(<TestRunScreen state={state} />);
    const lines = strip(lastFrame()).split("\n");
    expect(lines[0]).toContain("lcs [py] probing: timing n = 4,096");
    expect(lines[1]).toBe("12/98 · 1:05 elapsed · about 3:10 left");
    unmount();
  });
});
