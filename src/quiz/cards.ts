// The theory card bank (cards/<topic>.json), validated on load: every card has a question
// and an answer in Chinese and English, a topic, and links only to problems that exist.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import en from "zod/v4/locales/en.js";
import * as z from "zod/mini";
import { describeIssues } from "../registry/schema.js";

z.config(en());

const bilingual = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

const cardSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by -")),
  question: bilingual,
  answer: bilingual,
  original: z.enum(["zh", "en"]),
  tags: z.array(z.string()),
  problems: z.array(z.string()),
  source: z.enum(["seed", "drill", "extra"]),
});

const topicSchema = z.strictObject({
  formatVersion: z.literal(1),
  topic: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: bilingual,
  cards: z.array(cardSchema).check(z.minLength(1)),
});

export type Locale = "zh" | "en";
export type Card = z.infer<typeof cardSchema> & { topic: string };

export interface CardBank {
  cards: Card[];
  topics: { topic: string; title: { zh: string; en: string } }[];
  /** Files or cards that could not be used, with why. */
  issues: string[];
}

export function loadCards(dir: string, knownProblems: ReadonlySet<string>): CardBank {
  const bank: CardBank = { cards: [], topics: [], issues: [] };
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    bank.issues.push(`${dir}: the card folder is missing or unreadable`);
    return bank;
  }
  const seen = new Set<string>();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      bank.issues.push(`${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = topicSchema.safeParse(raw);
    if (!parsed.success) {
      bank.issues.push(`${file}: ${describeIssues(parsed.error)}`);
      continue;
    }
    const { topic, title, cards } = parsed.data;
    if (file !== `${topic}.json`) bank.issues.push(`${file}: topic "${topic}" should live in ${topic}.json`);
    bank.topics.push({ topic, title });
    for (const card of cards) {
      const problem = card.problems.find((p) => !knownProblems.has(p));
      if (seen.has(card.id)) bank.issues.push(`${file}: card id "${card.id}" is used twice`);
      else if (problem) bank.issues.push(`${file}: card "${card.id}" links to "${problem}", which is not a problem`);
      else {
        seen.add(card.id);
        bank.cards.push({ ...card, topic });
      }
    }
  }
  return bank;
}

/** A card's text in the asked locale, or in the card's own language. */
export function cardText(card: Card, locale?: Locale): { question: string; answer: string; other?: { question: string; answer: string } } {
  const main = locale ?? card.original;
  const other: Locale = main === "zh" ? "en" : "zh";
  return {
    question: card.question[main],
    answer: card.answer[main],
    other: locale ? undefined : { question: card.question[other], answer: card.answer[other] },
  };
}
