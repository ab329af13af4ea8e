// The card bank, the FSRS scheduling with an injected clock, and the quiz session reducer.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cardsDir } from "../../src/paths.js";
import { loadCards } from "../../src/quiz/cards.js";
import { buildQueue, dueBy, grade, makeDue, streak } from "../../src/quiz/scheduler.js";
import { quizKey, startSession } from "../../src/quiz/session.js";
import { loadRegistry } from "../../src/registry/load.js";
import { readQuizState, writeQuizState, type QuizState } from "../../src/store/quiz-state.js";
import { repoRoot, tempDir } from "../helpers/cli.js";

const problems = new Set(loadRegistry(join(repoRoot, "problems")).problems.map((p) => p.slug));

describe("the card bank", () => {
  const bank = loadCards(cardsDir(), problems);

  it("loads without issues: at least 60 cards, each in Chinese and English, linked to real problems", () => {
    expect(bank.issues).toEqual([]);
    expect(bank.cards.length).toBeGreaterThanOrEqual(60);
    for (const card of bank.cards) {
      expect(card.question.zh && card.question.en && card.answer.zh && card.answer.en, card.id).toBeTruthy();
      for (const slug of card.problems) expect(problems.has(slug), `${card.id} → ${slug}`).toBe(true);
    }
  });

  it("gives every problem at least one card, so every mock has a follow-up question", () => {
    const uncovered = [...problems].filter((slug) => !bank.cards.some((c) => c.problems.includes(slug)));
    expect(uncovered).toEqual([]);
  });

  it("covers each core problem with complexity, optimisation and concept follow-ups", () => {
    for (const slug of ["sliding-window-max", "lcs", "maximal-square", "level-order", "mha", "mlp"]) {
      expect(bank.cards.filter((c) => c.problems.includes(slug)).length, slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("reports a broken card file and a link to an unknown problem, and keeps the rest", () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, "a.json"), "{ not json");
      const card = { id: "b-one", question: { zh: "问", en: "q" }, answer: { zh: "答", en: "a" }, original: "zh", tags: [], problems: ["no-such-problem"], source: "seed" };
      const ok = { ...card, id: "b-two", problems: [] };
      writeFileSync(join(dir.path, "b.json"), JSON.stringify({ formatVersion: 1, topic: "b", title: { zh: "乙", en: "B" }, cards: [card, ok] }));
      writeFileSync(join(dir.path, "c.json"), JSON.stringify({ formatVersion: 1, topic: "c", title: { zh: "丙", en: "C" }, cards: [{ ...ok, id: "c-x", answer: { en: "a" } }] }));
      const broken = loadCards(dir.path, problems);
      expect(broken.cards.map((c) => c.id)).toEqual(["b-two"]);
      expect(broken.issues).toEqual([
        expect.stringMatching(/^a\.json: not valid JSON/),
        'b.json: card "b-one" links to "no-such-problem", which is not a problem',
        expect.stringMatching(/^c\.json: cards\.0\.answer\.zh: /),
      ]);
    } finally {
      dir.remove();
    }
  });
});

describe("scheduling (FSRS) with an injected clock", () => {
  const bank = loadCards(cardsDir(), problems);
  const day = (d: number, h = 10) => new Date(2026, 10, d, h);
  const empty: QuizState = { v: 1, cards: {}, days: [] };

  it("queues due cards first, then new ones up to the limit", () => {
    let state = grade(empty, bank.cards[0].id, 3, day(1));
    const queue = buildQueue(bank.cards, state, day(30), 5);
    expect(queue[0].id).toBe(bank.cards[0].id);
    expect(queue).toHaveLength(6);
    state = grade(state, bank.cards[1].id, 3, day(1));
    // Right after a review nothing is due (a new card's learning step is minutes away).
    expect(buildQueue(bank.cards, state, new Date(day(1).getTime() + 60_000), 0)).toEqual([]);
  });

  it("pushes a card further out after good than after again", () => {
    const id = bank.cards[0].id;
    const good = grade(empty, id, 3, day(1));
    const again = grade(empty, id, 1, day(1));
    expect(new Date(good.cards[id].due).getTime()).toBeGreaterThan(new Date(again.cards[id].due).getTime());
    const easy = grade(good, id, 4, new Date(good.cards[id].due));
    expect(easy.cards[id].reps).toBe(2);
    expect(new Date(easy.cards[id].due).getTime() - new Date(good.cards[id].due).getTime()).toBeGreaterThan(24 * 3600 * 1000);
  });

  it("makes a card due now (a missed mock follow-up) and counts streaks and tomorrow's load", () => {
    const id = bank.cards[2].id;
    let state = grade(empty, id, 4, day(1));
    state = makeDue(state, id, day(2));
    expect(buildQueue(bank.cards, state, day(2), 0).map((c) => c.id)).toEqual([id]);
    state = grade(state, bank.cards[3].id, 3, day(3));
    state = grade(state, bank.cards[4].id, 3, day(4));
    expect(streak(state, day(4))).toBe(2);
    expect(streak(state, day(5))).toBe(2);
    expect(streak(state, day(7))).toBe(0);
    expect(dueBy(state, day(2, 23))).toBe(1);
  });

  it("keeps the schedule in the workspace, written atomically, and survives a damaged file", () => {
    const dir = tempDir();
    try {
      const state = grade(empty, bank.cards[0].id, 3, day(1));
      writeQuizState(dir.path, state);
      expect(readQuizState(dir.path)).toEqual({ state, damaged: false });
      mkdirSync(join(dir.path, ".drill"), { recursive: true });
      writeFileSync(join(dir.path, ".drill", "quiz.json"), '{"v":1,"cards":');
      expect(readQuizState(dir.path)).toEqual({ state: empty, damaged: true });
    } finally {
      dir.remove();
    }
  });
});

describe("the quiz session", () => {
  it("reveals on space, grades with 1–4, and finishes after the last card", () => {
    let s = startSession(["a", "b"]);
    let effects;
    [s, effects] = quizKey(s, "3");
    expect(effects).toEqual([]);
    [s] = quizKey(s, " ");
    expect(s.revealed).toBe(true);
    [s, effects] = quizKey(s, "3");
    expect(effects).toEqual([{ type: "grade", cardId: "a", grade: 3 }]);
    [s] = quizKey(s, "", { return: true });
    [s, effects] = quizKey(s, "1");
    expect(effects).toEqual([{ type: "grade", cardId: "b", grade: 1 }]);
    expect(s.finished).toBe(true);
    expect(s.graded).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0 });
  });

  it("quits on q at any point", () => {
    const [s, effects] = quizKey(startSession(["a"]), "q");
    expect(s.finished).toBe(true);
    expect(effects).toEqual([{ type: "quit" }]);
  });
});

