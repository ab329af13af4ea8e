// Lists whose order does not matter (3sum triples, permutations, grouped anagrams):
// compared as multisets; depth 2 also ignores the order inside each inner list.
import type { CheckResult, Checker } from "./types.js";

function canonical(value: unknown, depth: number): string {
  if (depth > 0 && Array.isArray(value)) {
    return JSON.stringify(value.map((v) => canonical(v, depth - 1)).sort());
  }
  return JSON.stringify(value) ?? "undefined";
}

function countKeys(items: unknown[], depth: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = canonical(item, depth);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function minus(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [key, n] of a) for (let i = (b.get(key) ?? 0); i < n; i++) out.push(key);
  return out;
}

export function unorderedChecker(depth: 1 | 2): Checker {
  return {
    check({ expected, actual }): CheckResult {
      if (!Array.isArray(expected) || !Array.isArray(actual)) {
        return { ok: false, message: "expected a list", difference: { path: "", expected, actual } };
      }
      const inner = depth - 1;
      const want = countKeys(expected, inner);
      const got = countKeys(actual, inner);
      const missing = minus(want, got);
      const extra = minus(got, want);
      if (missing.length === 0 && extra.length === 0) return { ok: true };
      const show = (keys: string[]) => keys.slice(0, 3).join(", ") + (keys.length > 3 ? ` …(+${keys.length - 3})` : "");
      const parts = [];
      if (missing.length) parts.push(`missing ${missing.length}: ${show(missing)}`);
      if (extra.length) parts.push(`unexpected ${extra.length}: ${show(extra)}`);
      return { ok: false, message: `${parts.join("; ")} (order does not matter)`, difference: { path: "", expected, actual } };
    },
  };
}
