// Functions of known time complexity, for the probe's accuracy benchmark. Several per class,
// including ones with cache effects (Map/Set lookups, typed arrays), sorting and string building.
import type { Generate } from "../src/probe/engine.js";
import type { ComplexityClass } from "../src/registry/complexity.js";

export interface Labelled {
  name: string;
  expected: ComplexityClass;
  fn: (input: never) => unknown;
  generate: Generate<unknown>;
  minN?: number;
}

const randomArray = (n: number, rng: { int(lo: number, hi: number): number }) => Array.from({ length: n }, () => rng.int(0, 1_000_000));
const sortedArray = (n: number) => Array.from({ length: n }, (_, i) => 2 * i);
const typed = (n: number, rng: { float(): number }) => Float64Array.from({ length: n }, () => rng.float());

function binarySearch(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] === x) return mid;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function mergeSort(a: number[]): number[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid));
  const r = mergeSort(a.slice(mid));
  const out = new Array<number>(a.length);
  let i = 0, j = 0, k = 0;
  while (i < l.length && j < r.length) out[k++] = l[i] <= r[j] ? l[i++] : r[j++];
  while (i < l.length) out[k++] = l[i++];
  while (j < r.length) out[k++] = r[j++];
  return out;
}

function heapSort(a: number[]): number[] {
  const h = a.slice();
  const n = h.length;
  const down = (i: number, size: number) => {
    for (;;) {
      let m = i;
      const l = 2 * i + 1, r = l + 1;
      if (l < size && h[l] > h[m]) m = l;
      if (r < size && h[r] > h[m]) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) down(i, n);
  for (let end = n - 1; end > 0; end--) {
    [h[0], h[end]] = [h[end], h[0]];
    down(0, end);
  }
  return h;
}

const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));

export const LABELLED: Labelled[] = [
  // O(1)
  { name: "first element", expected: "O(1)", fn: (a: number[]) => a[0] + a[a.length - 1], generate: (n, rng) => randomArray(n, rng) },
  { name: "Map lookup of one key", expected: "O(1)", fn: (m: Map<number, number>) => m.get(7), generate: (n) => new Map(Array.from({ length: n }, (_, i) => [i, i])) },
  { name: "typed array middle", expected: "O(1)", fn: (a: Float64Array) => a[a.length >> 1] * 2, generate: (n, rng) => typed(n, rng) },
  { name: "sum of first 16", expected: "O(1)", fn: (a: number[]) => { let s = 0; for (let i = 0; i < 16 && i < a.length; i++) s += a[i]; return s; }, generate: (n, rng) => randomArray(n, rng) },
  // O(log n)
  { name: "binary search", expected: "O(log n)", fn: (a: number[]) => binarySearch(a, 1), generate: (n) => sortedArray(n) },
  { name: "binary search typed", expected: "O(log n)", fn: (a: Float64Array) => binarySearch(a, -1), generate: (n) => Float64Array.from(sortedArray(n)) },
  { name: "bit length by halving", expected: "O(log n)", fn: (n: number) => { let c = 0; let x = n * 1000003; while (x >= 1) { x = Math.floor(x / 2); c++; } return c; }, generate: (n) => n },
  { name: "fast power", expected: "O(log n)", fn: (n: number) => { let r = 1, b = 3, e = n; while (e > 0) { if (e & 1) r = (r * b) % 1_000_003; b = (b * b) % 1_000_003; e = Math.floor(e / 2); } return r; }, generate: (n) => n },
  // O(n)
  { name: "array sum", expected: "O(n)", fn: (a: number[]) => a.reduce((s, x) => s + x, 0), generate: (n, rng) => randomArray(n, rng) },
  { name: "typed prefix sums", expected: "O(n)", fn: (a: Float64Array) => { const p = new Float64Array(a.length); let s = 0; for (let i = 0; i < a.length; i++) p[i] = s += a[i]; return p; }, generate: (n, rng) => typed(n, rng) },
  { name: "Set of values", expected: "O(n)", fn: (a: number[]) => new Set(a).size, generate: (n, rng) => randomArray(n, rng) },
  { name: "Map frequency count", expected: "O(n)", fn: (a: number[]) => { const m = new Map<number, number>(); for (const x of a) m.set(x, (m.get(x) ?? 0) + 1); return m.size; }, generate: (n, rng) => Array.from({ length: n }, () => rng.int(0, n)) },
  { name: "string join", expected: "O(n)", fn: (a: number[]) => a.map((x) => String.fromCharCode(97 + (x % 26))).join("").length, generate: (n, rng) => randomArray(n, rng) },
  { name: "reverse copy", expected: "O(n)", fn: (a: number[]) => a.slice().reverse(), generate: (n, rng) => randomArray(n, rng) },
  // O(n log n)
  { name: "sort numbers", expected: "O(n log n)", fn: (a: number[]) => a.sort((x, y) => x - y), generate: (n, rng) => randomArray(n, rng) },
  { name: "typed array sort", expected: "O(n log n)", fn: (a: Float64Array) => a.sort(), generate: (n, rng) => typed(n, rng) },
  { name: "merge sort", expected: "O(n log n)", fn: (a: number[]) => mergeSort(a), generate: (n, rng) => randomArray(n, rng) },
  { name: "heap sort", expected: "O(n log n)", fn: (a: number[]) => heapSort(a), generate: (n, rng) => randomArray(n, rng) },
  { name: "n binary searches", expected: "O(n log n)", fn: (a: number[]) => { let c = 0; for (let i = 0; i < a.length; i++) c += binarySearch(a, 2 * i + 1) < 0 ? 1 : 0; return c; }, generate: (n) => sortedArray(n) },
  // O(n^2)
  { name: "count inversions naively", expected: "O(n^2)", fn: (a: number[]) => { let c = 0; for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (a[i] > a[j]) c++; return c; }, generate: (n, rng) => randomArray(n, rng) },
  { name: "insertion sort reversed", expected: "O(n^2)", fn: (a: number[]) => { for (let i = 1; i < a.length; i++) { const x = a[i]; let j = i - 1; while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; } a[j + 1] = x; } return a; }, generate: (n) => Array.from({ length: n }, (_, i) => n - i) },
  { name: "lcs table", expected: "O(n^2)", fn: ([s, t]: [string, string]) => { const dp = Array.from({ length: s.length + 1 }, () => new Int32Array(t.length + 1)); for (let i = 1; i <= s.length; i++) for (let j = 1; j <= t.length; j++) dp[i][j] = s[i - 1] === t[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]); return dp[s.length][t.length]; }, generate: (n, rng) => [Array.from({ length: n }, () => "acgt"[rng.int(0, 3)]).join(""), Array.from({ length: n }, () => "acgt"[rng.int(0, 3)]).join("")] },
  { name: "pair sums in a Set", expected: "O(n^2)", fn: (a: number[]) => { const s = new Set<number>(); for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) s.add((a[i] + a[j]) & 1023); return s.size; }, generate: (n, rng) => randomArray(n, rng) },
  { name: "n×n grid sum", expected: "O(n^2)", fn: (g: Float64Array[]) => { let s = 0; for (const row of g) for (let j = 0; j < row.length; j++) s += row[j]; return s; }, generate: (n, rng) => Array.from({ length: n }, () => typed(n, rng)) },
  // O(n^2 log n)
  { name: "sort every prefix", expected: "O(n^2 log n)", fn: (a: number[]) => { let s = 0; for (let i = 1; i <= a.length; i++) s += a.slice(0, i).sort((x, y) => x - y)[0]; return s; }, generate: (n, rng) => randomArray(n, rng) },
  { name: "pairs with binary search", expected: "O(n^2 log n)", fn: (a: number[]) => { let c = 0; for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) c += binarySearch(a, a[i] + a[j]) >= 0 ? 1 : 0; return c; }, generate: (n) => sortedArray(n) },
  { name: "n typed sorts", expected: "O(n^2 log n)", fn: (a: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a.slice().sort()[i]; return s; }, generate: (n, rng) => typed(n, rng) },
  // O(n^3)
  { name: "matrix multiply", expected: "O(n^3)", fn: ([x, y]: [Float64Array[], Float64Array[]]) => { const n = x.length; const out = Array.from({ length: n }, () => new Float64Array(n)); for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) { const a = x[i][k]; const yk = y[k]; const oi = out[i]; for (let j = 0; j < n; j++) oi[j] += a * yk[j]; } return out; }, generate: (n, rng) => [Array.from({ length: n }, () => typed(n, rng)), Array.from({ length: n }, () => typed(n, rng))] },
  { name: "count triples", expected: "O(n^3)", fn: (a: number[]) => { let c = 0; for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) for (let k = j + 1; k < a.length; k++) if ((a[i] + a[j] + a[k]) % 7 === 0) c++; return c; }, generate: (n, rng) => randomArray(n, rng) },
  { name: "floyd–warshall", expected: "O(n^3)", fn: (d: Float64Array[]) => { const n = d.length; for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) { const dik = d[i][k]; const di = d[i]; const dk = d[k]; for (let j = 0; j < n; j++) if (dik + dk[j] < di[j]) di[j] = dik + dk[j]; } return d; }, generate: (n, rng) => Array.from({ length: n }, () => typed(n, rng)) },
  // O(2^n)
  { name: "naive fibonacci", expected: "O(2^n)", fn: (n: number) => fib(n), generate: (n) => n, minN: 4 },
  { name: "subset sums", expected: "O(2^n)", fn: (a: number[]) => { let c = 0; const go = (i: number, s: number): void => { if (i === a.length) { if (s % 5 === 0) c++; return; } go(i + 1, s); go(i + 1, s + a[i]); }; go(0, 0); return c; }, generate: (n, rng) => randomArray(n, rng), minN: 4 },
  { name: "all bitmasks", expected: "O(2^n)", fn: (n: number) => { let c = 0; for (let m = 0; m < 1 << n; m++) c += m & 1; return c; }, generate: (n) => Math.min(n, 30), minN: 4 },
];
