import { render } from "ink-testing-library";
import { describe, expect, it, vi } from "vitest";
import type { Card } from "../../src/quiz/cards.js";
import { QuizApp } from "../../src/ui/render-quiz.js";
import { startSession } from "../../src/quiz/session.js";

const strip = (s: string | undefined) => (s ?? "").replace(/\u001b\[[0-9;]*m/g, "");
const card = (id: string): Card => ({
  id,
  topic: "attention",
  question: { zh: `问题 ${id}`, en: `Question ${id}` },
  answer: { zh: `答案 ${id}`, en: `Answer ${id}` },
  original: "zh",
  tags: [],
  problems: ["mha"],
  source: "seed",
});
const cards = new Map([card("a"), card("b")].map((c) => [c.id, c]));
/** Waits until the screen shows `text` (a keypress re-renders asynchronously; on a busy machine it takes a while). */
const shows = (frame: () => string | undefined, text: string | RegExp) =>
  vi.waitFor(() => (typeof text === "string" ? expect(strip(frame())).toContain(text) : expect(strip(frame())).toMatch(text)), { timeout: 10_000, interval: 20 });

describe("QuizApp", () => {
  it("shows the question in the card's language with the other beside it, reveals on space, takes a grade", async () => {
    const graded: string[] = [];
    const { lastFrame, stdin, unmount } = render(
      <QuizApp initial={startSession(["a", "b"])} cards={cards} onGrade={(id, g) => graded.push(`${id}:${g}`)} summarize={() => ({ dueTomorrow: 2, streak: 1 })} />,
    );
    expect(strip(lastFrame())).toContain("问题 a");
    expect(strip(lastFrame())).toContain("Question a");
    expect(strip(lastFrame())).not.toContain("答案 a");
    stdin.write(" ");
    await shows(lastFrame, "答案 a");
    expect(strip(lastFrame())).toMatch(/1 again\s+2 hard\s+3 good\s+4 easy/);
    stdin.write("3");
    await shows(lastFrame, "问题 b");
    stdin.write(" ");
    await shows(lastFrame, "答案 b");
    stdin.write("4");
    await shows(lastFrame, "Reviewed 2 cards · again 0, hard 0, good 1, easy 1");
    expect(graded).toEqual(["a:3", "b:4"]);
    expect(strip(lastFrame())).toContain("Due by tomorrow: 2 · streak: 1 day");
    unmount();
  });

  it("shows only the asked language with a locale", () => {
    const { lastFrame, unmount } = render(<QuizApp initial={startSession(["a"])} cards={cards} locale="en" onGrade={() => {}} summarize={() => ({ dueTomorrow: 0, streak: 0 })} />);
    expect(strip(lastFrame())).toContain("Question a");
    expect(strip(lastFrame())).not.toContain("问题 a");
    unmount();
  });
});
