// Any shortest window is right: a substring of s that holds every letter of t (repeats
// included) and is as short as the expected one; "" exactly when no window exists.
import type { CheckInput } from "../../src/checker/types.js";

const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** The first letter of t the window lacks, as "'x' (needs 2, has 1)", or null when it covers t. */
function missing(window: string, t: string): string | null {
  const have = new Map<string, number>();
  for (const ch of window) have.set(ch, (have.get(ch) ?? 0) + 1);
  const need = new Map<string, number>();
  for (const ch of t) need.set(ch, (need.get(ch) ?? 0) + 1);
  for (const [ch, count] of need) {
    const got = have.get(ch) ?? 0;
    if (got < count) return `'${ch}' (t needs ${count}, the window has ${got})`;
  }
  return null;
}

export function check({ args, expected, actual }: CheckInput): string | null {
  const [s, t] = args as [string, string];
  const want = expected as string;
  if (typeof actual !== "string") return `expected a string, got ${JSON.stringify(actual) ?? String(actual)}`;
  if (want === "") {
    return actual === "" ? null : `no window of s holds every letter of t, so the answer is "", but got ${quote(actual)}`;
  }
  if (actual === "") return `returned "", but ${quote(want)} (length ${want.length}) holds every letter of t`;
  if (!s.includes(actual)) return `${quote(actual)} is not a substring of s`;
  const lack = missing(actual, t);
  if (lack) return `${quote(actual)} does not hold every letter of t: it lacks ${lack}`;
  if (actual.length > want.length) {
    return `${quote(actual)} has length ${actual.length}, but a shorter window of length ${want.length} exists: ${quote(want)}`;
  }
  if (actual.length < want.length) return `${quote(actual)} is shorter than the expected ${quote(want)}; the expected answer may be wrong`;
  return null;
}
