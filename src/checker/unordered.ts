// Lists whose order does not matter (3sum triples, permutations, grouped anagrams):
// compared as multisets; depth 2 also ignores the order inside each inner list.
import { formatValue } from "../shared/format-value.js";
import type { CheckResult, Checker } from "./types.js";

function canonical(value: unknown, depth: number): string {
  if (depth > 0 && Array.isArray(value)) {
    return JSON.stringify(value.map((v) => canonical(v, depth - 1)).sort());
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Items by canonical key, with how many times each occurs and one original to show. */
function tally(items: unknown[], depth: number): Map<string, { count: number; item: unknown }> {
  const counts = new Map<string, { count: number; item: unknown }>();
  for (const item of items) {
    const key = canonical(item, depth);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { count: 1, item });
  }
  return counts;
}

function minus(a: Map<string, { count: number; item: unknown }>, b: Map<string, { count: number; item: unknown }>): unknown[] {
  const out: unknown[] = [];
  for (const [key, { count, item }] of a) for (let i = b.get(key)?.count ?? 0; i < count; i++) out.push(item);
  return out;
}

export function unorderedChecker(depth: 1 | 2): Checker {
  return {
    check({ expected, actual }): CheckResult {
      if (!Array.isArray(expected) || !Array.isArray(actual)) {
        return { ok: false, message: "expected a list", difference: { path: "", expected, actual } };
      }
      const inner = depth - 1;
      const want = tally(expected, inner);
      const got = tally(actual, inner);
      const missing = minus(want, got);
      const extra = minus(got, want);
      if (missing.length === 0 && extra.length === 0) return { ok: true };
      const show = (items: unknown[]) =>
        items.slice(0, 3).map((v) => formatValue(v, { maxChars: 60 })).join(", ") + (items.length > 3 ? ` …(+${items.length - 3})` : "");
      const parts = [];
      if (missing.length) parts.push(`missing ${missing.length}: ${show(missing)}`);
      if (extra.length) parts.push(`unexpected ${extra.length}: ${show(extra)}`);
      const order = depth === 2 ? "neither the list's order nor each group's order matters" : "the order does not matter";
      return { ok: false, message: `${parts.join("; ")} (${order})`, difference: { path: "", expected, actual } };
    },
  };
}
