// Functions of known extra space, for the space probe's accuracy benchmark.
import type { ComplexityClass } from "../src/registry/complexity.js";

export interface SpaceLabelled {
  name: string;
  expected: ComplexityClass;
  fn: (input: never) => unknown;
  generate: (n: number) => unknown;
}

const numbers = (n: number) => Array.from({ length: n }, (_, i) => (i * 2654435761) % 1000003);

function searchRecursive(a: number[], x: number, lo: number, hi: number): number {
  if (lo > hi) return -1;
  const mid = (lo + hi) >> 1;
  if (a[mid] === x) return mid;
  return a[mid] < x ? searchRecursive(a, x, mid + 1, hi) : searchRecursive(a, x, lo, mid - 1);
}

function sumHalves(a: number[], lo: number, hi: number): number {
  if (hi - lo <= 8) {
    let s = 0;
    for (let i = lo; i < hi; i++) s += a[i];
    return s;
  }
  const mid = (lo + hi) >> 1;
  return sumHalves(a, lo, mid) + sumHalves(a, mid, hi);
}

function countFrom(a: number[], i: number): number {
  return i >= a.length ? 0 : 1 + countFrom(a, i + 1);
}

function maxOfWindows(a: number[]): number {
  let best = -Infinity;
  for (let i = 0; i + 8 <= a.length; i++) best = Math.max(best, ...a.slice(i, i + 8));
  return best;
}

export const SPACE_LABELLED: SpaceLabelled[] = [
  // O(1)
  { name: "running sum", expected: "O(1)", fn: (a: number[]) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }, generate: numbers },
  { name: "reverse in place", expected: "O(1)", fn: (a: number[]) => { for (let i = 0, j = a.length - 1; i < j; i++, j--) [a[i], a[j]] = [a[j], a[i]]; return a.length; }, generate: numbers },
  { name: "max with reduce", expected: "O(1)", fn: (a: number[]) => a.reduce((m, x) => (x > m ? x : m), -Infinity), generate: numbers },
  { name: "windows sliced, dropped", expected: "O(1)", fn: maxOfWindows, generate: numbers },
  // O(log n): recursion that halves
  { name: "recursive binary search", expected: "O(log n)", fn: (a: number[]) => searchRecursive(a, -1, 0, a.length - 1), generate: (n) => Array.from({ length: n }, (_, i) => 2 * i) },
  { name: "divide-and-conquer sum", expected: "O(log n)", fn: (a: number[]) => sumHalves(a, 0, a.length), generate: numbers },
  // O(n)
  { name: "sorted copy", expected: "O(n)", fn: (a: number[]) => a.slice().sort((x, y) => x - y)[0], generate: numbers },
  { name: "Map of values", expected: "O(n)", fn: (a: number[]) => { const m = new Map<number, number>(); a.forEach((x, i) => m.set(x, i)); return m.size; }, generate: numbers },
  { name: "Set of values", expected: "O(n)", fn: (a: number[]) => new Set(a).size, generate: numbers },
  { name: "string built", expected: "O(n)", fn: (a: number[]) => a.map((x) => String.fromCharCode(97 + (x % 26))).join("").length, generate: numbers },
  { name: "prefix sums (typed)", expected: "O(n)", fn: (a: number[]) => { const p = new Float64Array(a.length + 1); for (let i = 0; i < a.length; i++) p[i + 1] = p[i] + a[i]; return p[a.length]; }, generate: numbers },
  { name: "recursion n deep", expected: "O(n)", fn: (a: number[]) => countFrom(a, 0), generate: numbers },
  // O(n^2)
  { name: "n×n table", expected: "O(n^2)", fn: (n: number) => { const t = Array.from({ length: n }, () => new Array<number>(n).fill(0)); t[n - 1][n - 1] = 1; return t.length; }, generate: (n) => n },
  { name: "n×n Int32 table", expected: "O(n^2)", fn: (n: number) => { const t = Array.from({ length: n }, () => new Int32Array(n)); return t[n - 1].length; }, generate: (n) => n },
  { name: "LCS full table", expected: "O(n^2)", fn: ([s, t]: [string, string]) => { const dp = Array.from({ length: s.length + 1 }, () => new Array<number>(t.length + 1).fill(0)); for (let i = 1; i <= s.length; i++) for (let j = 1; j <= t.length; j++) dp[i][j] = s[i - 1] === t[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]); return dp[s.length][t.length]; }, generate: (n) => ["ab".repeat(n >> 1), "ba".repeat(n >> 1)] },
];
