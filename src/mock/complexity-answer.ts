// Reading a complexity answer the way an interviewer hears it: "O(n)", "n^2", "O(n*k)",
// "O(n log n)", "nlogn", "O(N²)", "linear", "two rows: O(min(n, m))". Every size variable
// counts as n (n·m is O(n²) when both grow), so "O(n*k)" for a sliding window reads as
// O(n²) — which is exactly why it is not the O(n) asked for.
import { COMPLEXITY_CLASSES, type ComplexityClass } from "../registry/complexity.js";

const WORDS: [RegExp, ComplexityClass][] = [
  [/\bconstant\b/, "O(1)"],
  [/\blogarithmic\b/, "O(log n)"],
  [/\blinearithmic\b|\bn\s*log\s*n\b/, "O(n log n)"],
  [/\blinear\b/, "O(n)"],
  [/\bquadratic\b/, "O(n^2)"],
  [/\bcubic\b/, "O(n^3)"],
  [/\bexponential\b/, "O(2^n)"],
];

const SUPERSCRIPT: Record<string, string> = { "²": "^2", "³": "^3", "ⁿ": "^n" };

/** The class an expression describes, or null when it cannot be read. */
export function parseComplexity(answer: string): ComplexityClass | null {
  const text = answer.toLowerCase().replace(/[²³ⁿ]/g, (c) => SUPERSCRIPT[c]).replace(/\*\*/g, "^").trim();
  const inner = /o\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(text);
  let expr = inner ? inner[1] : text;
  for (const [pattern, cls] of WORDS) if (pattern.test(expr)) return cls;
  // min(n, m) or max(n, m) is one size; 2^n (any base) is exponential.
  expr = expr.replace(/\b(min|max)\s*\([^)]*\)/g, "n");
  if (/\b\d+\s*\^\s*[a-z]/.test(expr) || /\bexp\b/.test(expr)) return "O(2^n)";
  // A log takes its argument with it: "n log n" is n times a log factor.
  const logs = (expr.match(/\b(?:log|lg|ln)\b(?:\s*_?\s*\d+)?\s*\(?\s*[a-z]?\s*\)?/g) ?? []).length;
  expr = expr.replace(/\b(?:log|lg|ln)\b(?:\s*_?\s*\d+)?\s*\(?\s*[a-z]?\s*\)?/g, " ");
  // Outside O(…), prose is not an expression.
  if (!inner && /[a-z]{3,}/.test(expr)) return null;
  let degree = 0;
  for (const match of expr.matchAll(/([a-z]+)(?:\s*\^\s*(\d+))?/g)) {
    // "nm" is n·m; an exponent applies to the last variable: "nk^2" is n·k².
    degree += match[1].length - 1 + (match[2] ? Number(match[2]) : 1);
  }
  if (degree === 0) return logs ? "O(log n)" : /\d/.test(expr) ? "O(1)" : null;
  const name = `O(${degree === 1 ? "n" : `n^${degree}`}${logs ? " log n" : ""})`;
  return (COMPLEXITY_CLASSES as readonly string[]).includes(name) ? (name as ComplexityClass) : null;
}

/** Every class a problem's space description mentions ("O(n·m) table; O(min(n, m)) with two rows"). */
export function classesIn(description: string): ComplexityClass[] {
  const found = new Set<ComplexityClass>();
  for (const match of description.matchAll(/O\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
    const cls = parseComplexity(`O(${match[1].replace(/·/g, "*")})`);
    if (cls) found.add(cls);
  }
  return [...found];
}
