// Reading a complexity answer the way an interviewer hears it: "O(n)", "n^2", "O(V + E)",
// "O(n log k)", "nlogn", "O(N²)", "O(n!)", "linear", "O(amount * coins)", "I think O(n) because…".
// The expression inside O(…) is read by the registry's expression reader, with the problem's own
// sizes (k = n/4 for a sliding window, coins fixed for coin change); the reading is echoed back to
// the user as typed and as read, so a surprising grade can be checked.
import type { ComplexityClass } from "../registry/complexity.js";
import { readExpression } from "../registry/complexity-expression.js";

export type Sizes = Readonly<Record<string, string>>;

export interface AnswerReading {
  /** The class graded, or null when the answer cannot be read as one. */
  cls: ComplexityClass | null;
  /** How it was read: "O(n) with k = n/4", "O(n!), graded as O(2^n)". */
  readAs: string | null;
  /** Why it could not be read ("unknown name "foo""). */
  error?: string;
}

const WORDS: [RegExp, ComplexityClass, string][] = [
  [/\bconstant\b/, "O(1)", "O(1)"],
  [/\blogarithmic\b/, "O(log n)", "O(log n)"],
  [/\blinearithmic\b|\blog[- ]?linear\b/, "O(n log n)", "O(n log n)"],
  [/\blinear\b/, "O(n)", "O(n)"],
  [/\bquadratic\b/, "O(n^2)", "O(n^2)"],
  [/\bcubic\b/, "O(n^3)", "O(n^3)"],
  [/\bexponential\b/, "O(2^n)", "O(2^n)"],
  [/\bfactorial\b/, "O(2^n)", "O(n!)"],
];

/** The text inside the first O(…) (or Θ(…)), parentheses balanced; null when there is none. */
function insideBigO(text: string): string | null {
  const start = /(?:^|[^A-Za-z])[OoΘθ]\s*\(/.exec(text);
  if (!start) return null;
  let depth = 0;
  const from = start.index + start[0].length;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") {
      if (depth === 0) return text.slice(from, i);
      depth--;
    }
  }
  return text.slice(from);
}

/** Reads an answer with the problem's sizes (`complexity.variables`). */
export function readAnswer(answer: string, sizes: Sizes = {}): AnswerReading {
  const text = answer.trim();
  if (!text) return { cls: null, readAs: null, error: "nothing typed yet" };
  const inner = insideBigO(text);
  if (inner === null) {
    const lower = text.toLowerCase();
    for (const [pattern, cls, shown] of WORDS) if (pattern.test(lower)) return { cls, readAs: shown === cls ? cls : `${shown}, graded as ${cls}` };
  }
  let result = readExpression(inner ?? text, sizes);
  // "n log n time", "linear extra space": words around a bare expression are not part of it.
  if (!result.ok && inner === null) {
    const bare = text.replace(/\b(time|space|extra|auxiliary|amortized|amortised|overall|total|in the worst case|worst case|on average|average|complexity|it is|it's|is)\b/gi, " ");
    if (bare.trim()) result = readExpression(bare, sizes);
  }
  if (!result.ok) return { cls: null, readAs: null, error: result.error };
  const { growth, cls, names } = result.reading;
  let readAs = growth;
  if (cls === null) readAs += ", not a class drill grades";
  else if (cls !== growth) readAs += `, graded as ${cls}`;
  if (names.length) readAs += ` with ${names.join(", ")}`;
  return { cls, readAs };
}

/** The class an answer describes, or null when it cannot be read. */
export function parseComplexity(answer: string, sizes: Sizes = {}): ComplexityClass | null {
  return readAnswer(answer, sizes).cls;
}

/** Every class a problem's space description mentions ("O(n·m) table; O(min(n, m)) with two rows"). */
export function classesIn(description: string, sizes: Sizes = {}): ComplexityClass[] {
  const found = new Set<ComplexityClass>();
  for (const match of description.matchAll(/O\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
    const cls = parseComplexity(`O(${match[1]})`, sizes);
    if (cls) found.add(cls);
  }
  return [...found];
}
