// Answers as people type them in a mock interview, read the way an interviewer hears them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classesIn, parseComplexity, readAnswer } from "../../src/mock/complexity-answer.js";
import { problemsDir } from "../../src/paths.js";

const sizesOf = (slug: string): Record<string, string> =>
  JSON.parse(readFileSync(join(problemsDir(), slug, "problem.json"), "utf8")).complexity.variables ?? {};

type Row = [answer: string, expected: string | null];

const atLeast60 = (rows: Row[]) => {
  expect(rows.length).toBeGreaterThanOrEqual(60);
  return rows;
};

describe("sums read as their largest term", () => {
  const rows: Row[] = [
    ["O(V+E)", "O(n)"], ["O(V + E)", "O(n)"], ["O(v+e)", "O(n)"], ["O(|V| + |E|)", "O(n)"], ["O(n+m)", "O(n)"],
    ["O(n + m)", "O(n)"], ["O(m + n)", "O(n)"], ["O(n + p)", "O(n)"], ["O(N + M)", "O(n)"], ["n + m", "O(n)"],
    ["O(n + k)", "O(n)"], ["O(k + n)", "O(n)"], ["O(n + 1)", "O(n)"], ["O(1 + n)", "O(n)"], ["O(2n + 3)", "O(n)"],
    ["O(n + n)", "O(n)"], ["O(n + m + k)", "O(n)"], ["O(a + b)", "O(n)"], ["O(n^2 + n)", "O(n^2)"], ["O(n + n^2)", "O(n^2)"],
    ["O(n^2 + m)", "O(n^2)"], ["O(n log n + n)", "O(n log n)"], ["O(n + n log n)", "O(n log n)"], ["O(n + k log k)", "O(n log n)"], ["O(n log n + k)", "O(n log n)"],
    ["O(1 + 1)", "O(1)"], ["O(26 + 1)", "O(1)"], ["O(log n + 1)", "O(log n)"], ["O(log n + log m)", "O(log n)"], ["O(n^3 + n^2)", "O(n^3)"],
    ["O(n^2 + n log n)", "O(n^2)"], ["O(n^2 log n + n^2)", "O(n^2 log n)"], ["O(2^n + n^2)", "O(2^n)"], ["O(n + 2^n)", "O(2^n)"], ["O(n! + 2^n)", "O(2^n)"],
    ["O(n+m+p)", "O(n)"], ["O(V+E) time", "O(n)"], ["O(V + E) with Kahn's algorithm", "O(n)"], ["it's O(V + E)", "O(n)"], ["O(E + V)", "O(n)"],
    ["O(n + m), one pass over each", "O(n)"], ["O(n) + O(m)", "O(n)"], ["O(rows + cols)", null], ["O(r + c)", "O(n)"], ["O(n + q)", "O(n)"],
    ["O(n + 26)", "O(n)"], ["O(26 + n)", "O(n)"], ["O(n - k + 1)", "O(n)"], ["O(n - 1)", "O(n)"], ["O(n^2 - n)", "O(n^2)"],
    ["O(n(n - 1)/2)", "O(n^2)"], ["O(n * (n + 1) / 2)", "O(n^2)"], ["O((n + m) log n)", "O(n log n)"], ["O((V + E) log V)", "O(n log n)"], ["O(E log V + V)", "O(n log n)"],
    ["O(max(n, m))", "O(n)"], ["O(min(n, m))", "O(n)"], ["O(max(n^2, m))", "O(n^2)"], ["O(min(n^2, m))", "O(n)"], ["O(n + m + n*m)", "O(n^2)"],
    ["O(nm + n)", "O(n^2)"], ["O(n + mk)", "O(n^2)"], ["v+e", "O(n)"], ["n+m", "O(n)"], ["N + M", "O(n)"],
  ];
  it.each(atLeast60(rows))("reads %s as %s", (answer, expected) => {
    expect(parseComplexity(answer)).toBe(expected);
  });
});

describe("products multiply", () => {
  const rows: Row[] = [
    ["O(n*m)", "O(n^2)"], ["O(n * m)", "O(n^2)"], ["O(n·m)", "O(n^2)"], ["O(n × m)", "O(n^2)"], ["O(n⋅m)", "O(n^2)"],
    ["O(n*k)", "O(n^2)"], ["O(V*E)", "O(n^2)"], ["O(n*n)", "O(n^2)"], ["O(n * n * n)", "O(n^3)"], ["O(n*m*k)", "O(n^3)"],
    ["O(n^2 * m)", "O(n^3)"], ["O(n * log n)", "O(n log n)"], ["O(n*log(n))", "O(n log n)"], ["O(n * logn)", "O(n log n)"], ["O(n^2 * log n)", "O(n^2 log n)"],
    ["O(2 * n)", "O(n)"], ["O(3*n)", "O(n)"], ["O(n * 26)", "O(n)"], ["O(26 * n)", "O(n)"], ["O(n/2)", "O(n)"],
    ["O(n^2/2)", "O(n^2)"], ["O(n * n / 2)", "O(n^2)"], ["O(n / log n * log n)", "O(n)"], ["O(n**2)", "O(n^2)"], ["O(n ** 3)", "O(n^3)"],
    ["O(n²)", "O(n^2)"], ["O(N²)", "O(n^2)"], ["O(n³)", "O(n^3)"], ["O(n^2)", "O(n^2)"], ["n^2", "O(n^2)"],
    ["n squared", "O(n^2)"], ["n cubed", "O(n^3)"], ["O(n^3)", "O(n^3)"], ["O((n)(m))", "O(n^2)"], ["O(n(m))", "O(n^2)"],
    ["O(n^1)", "O(n)"], ["O(n^0)", "O(1)"], ["O(1 * 1)", "O(1)"], ["O(4 * 4)", "O(1)"], ["O(10^5)", "O(1)"],
    ["O(2^n)", "O(2^n)"], ["O(2 ^ n)", "O(2^n)"], ["O(2ⁿ)", "O(2^n)"], ["O(3^n)", "O(2^n)"], ["O(n * 2^n)", "O(2^n)"],
    ["O(2^n * n)", "O(2^n)"], ["O(k^n)", "O(2^n)"], ["O(n^n)", "O(2^n)"], ["O(exp(n))", "O(2^n)"], ["O(1^n)", "O(1)"],
    ["O(log(n) * log(n))", null], ["O(n * sqrt(n))", null], ["O(sqrt(n))", null], ["O(n^4)", null], ["O(n^1.5)", null],
    ["O(n log n)", "O(n log n)"], ["O(N lg N)", "O(n log n)"], ["O(n ln n)", "O(n log n)"], ["O(n log_2 n)", "O(n log n)"], ["O(n log2(n))", "O(n log n)"],
    ["O(log n)", "O(log n)"], ["O(log(n))", "O(log n)"], ["O(lg n)", "O(log n)"], ["O(log_2(n))", "O(log n)"], ["O(log₂ n)", "O(log n)"],
    ["O(log(n^2))", "O(log n)"], ["O(log n^2)", "O(log n)"], ["O(log(2^n))", "O(n)"], ["O(n^2 log n)", "O(n^2 log n)"], ["O(n^2 * log(n))", "O(n^2 log n)"],
  ];
  it.each(atLeast60(rows))("reads %s as %s", (answer, expected) => {
    expect(parseComplexity(answer)).toBe(expected);
  });
});

describe("factorials outgrow everything, graded as the nearest class drill measures", () => {
  const rows: Row[] = [
    ["O(n!)", "O(2^n)"], ["O(N!)", "O(2^n)"], ["O( n! )", "O(2^n)"], ["O(n * n!)", "O(2^n)"], ["O(n*n!)", "O(2^n)"],
    ["O(n·n!)", "O(2^n)"], ["O(n × n!)", "O(2^n)"], ["O(n! * n)", "O(2^n)"], ["O(n!·n)", "O(2^n)"], ["O(n!n)", "O(2^n)"],
    ["O(n n!)", "O(2^n)"], ["O(n^2 * n!)", "O(2^n)"], ["O(n! * n^2)", "O(2^n)"], ["O((n!))", "O(2^n)"], ["O((n)!)", "O(2^n)"],
    ["O(n! + n)", "O(2^n)"], ["O(n + n!)", "O(2^n)"], ["O(n! + 2^n)", "O(2^n)"], ["O(2^n + n!)", "O(2^n)"], ["O(n! / n)", "O(2^n)"],
    ["O(n!/2)", "O(2^n)"], ["O(2 * n!)", "O(2^n)"], ["O((n+1)!)", "O(2^n)"], ["O((n-1)!)", "O(2^n)"], ["O(n * (n-1)!)", "O(2^n)"],
    ["O(m!)", "O(2^n)"], ["O(k!)", "O(2^n)"], ["O(n! log n)", "O(2^n)"], ["O(n log n!)", "O(n^2 log n)"], ["O(log n!)", "O(n log n)"],
    ["O(log(n!))", "O(n log n)"], ["O(3!)", "O(1)"], ["O(4!)", "O(1)"], ["O(10!)", "O(1)"], ["O(5! * n)", "O(n)"],
    ["factorial", "O(2^n)"], ["Factorial", "O(2^n)"], ["factorial time", "O(2^n)"], ["it's factorial", "O(2^n)"], ["n!", "O(2^n)"],
    ["n * n!", "O(2^n)"], ["n·n!", "O(2^n)"], ["n! * n", "O(2^n)"], ["n!", "O(2^n)"], ["O(n!) because there are n! permutations", "O(2^n)"],
    ["O(n·n!) — n! permutations of n numbers", "O(2^n)"], ["O(n * n!) time", "O(2^n)"], ["Θ(n!)", "O(2^n)"], ["θ(n · n!)", "O(2^n)"], ["o(n!)", "O(2^n)"],
    ["O(n!^2)", "O(2^n)"], ["O((n!)^2)", "O(2^n)"], ["O(n! * 2^n)", "O(2^n)"], ["O(2^n * n!)", "O(2^n)"], ["O(n^n)", "O(2^n)"],
    ["O(n!)", "O(2^n)"], ["O(n*n!) ", "O(2^n)"], [" O(n!)", "O(2^n)"], ["O(N * N!)", "O(2^n)"], ["O(n!·n) worst case", "O(2^n)"],
  ];
  it.each(atLeast60(rows))("reads %s as %s", (answer, expected) => {
    expect(parseComplexity(answer)).toBe(expected);
  });

  it("echoes the factorial before the class it is graded as", () => {
    expect(readAnswer("O(n * n!)").readAs).toBe("O(n · n!), graded as O(2^n)");
    expect(readAnswer("O(n!)").readAs).toBe("O(n!), graded as O(2^n)");
  });
});

describe("implicit products: letters and logs written together", () => {
  const rows: Row[] = [
    ["O(nlogn)", "O(n log n)"], ["nlogn", "O(n log n)"], ["NlogN", "O(n log n)"], ["O(nlgn)", "O(n log n)"], ["O(nlog(n))", "O(n log n)"],
    ["O(nlogk)", "O(n log n)"], ["O(nlog k)", "O(n log n)"], ["O(n logk)", "O(n log n)"], ["O(klogk)", "O(n log n)"], ["O(mlogn)", "O(n log n)"],
    ["O(nm)", "O(n^2)"], ["O(mn)", "O(n^2)"], ["O(nk)", "O(n^2)"], ["O(kn)", "O(n^2)"], ["O(VE)", "O(n^2)"],
    ["O(nmk)", "O(n^3)"], ["O(n^2m)", "O(n^3)"], ["O(nm^2)", "O(n^3)"], ["O(nk^2)", "O(n^3)"], ["O(n2^n)", "O(2^n)"],
    ["O(2n)", "O(n)"], ["O(3n)", "O(n)"], ["O(26n)", "O(n)"], ["O(2n^2)", "O(n^2)"], ["O(4n log n)", "O(n log n)"],
    ["O(n log n)", "O(n log n)"], ["O(n lg n)", "O(n log n)"], ["O(n log(n))", "O(n log n)"], ["O(n log^2 n)", null], ["O(nlog^2n)", null],
    ["O(n^2logn)", "O(n^2 log n)"], ["O(n^2 logn)", "O(n^2 log n)"], ["O(n²logn)", "O(n^2 log n)"], ["O(n² log n)", "O(n^2 log n)"], ["O(n(n+1))", "O(n^2)"],
    ["O(n(n-1)/2)", "O(n^2)"], ["O((n+1)(n+2))", "O(n^2)"], ["O(n (log n))", "O(n log n)"], ["O((log n)n)", "O(n log n)"], ["O(log n n)", "O(n log n)"],
    ["O(nlog2n)", "O(n log n)"], ["O(nlog_2n)", "O(n log n)"], ["O(n log₂n)", "O(n log n)"], ["O(logn)", "O(log n)"], ["O(lgn)", "O(log n)"],
    ["O(logk)", "O(log n)"], ["O(log k)", "O(log n)"], ["logn", "O(log n)"], ["n log n time", "O(n log n)"], ["n^2 time", "O(n^2)"],
    ["O(nn)", "O(n^2)"], ["O(nnn)", "O(n^3)"], ["O(n n)", "O(n^2)"], ["O(kk)", "O(n^2)"], ["O(n·k·log k)", "O(n^2 log n)"],
    ["O(nklogk)", "O(n^2 log n)"], ["O(n k log k)", "O(n^2 log n)"], ["O(ElogV)", "O(n log n)"], ["O(E log V)", "O(n log n)"], ["O(VlogV)", "O(n log n)"],
  ];
  it.each(atLeast60(rows))("reads %s as %s", (answer, expected) => {
    expect(parseComplexity(answer)).toBe(expected);
  });
});

describe("a problem's own sizes, read with how they relate to n", () => {
  const rows: [slug: string, answer: string, expected: string | null][] = [
    ["course-schedule", "O(V+E)", "O(n)"], ["course-schedule", "O(numCourses + prerequisites)", "O(n)"], ["course-schedule", "O(numCourses + len(prerequisites))", "O(n)"], ["course-schedule", "O(num_courses + len(prerequisites))", "O(n)"], ["course-schedule", "O(numCourses + prerequisites.length)", "O(n)"],
    ["course-schedule", "O(n + p)", "O(n)"], ["course-schedule", "O(n + m)", "O(n)"], ["course-schedule", "O(V * E)", "O(n^2)"], ["course-schedule", "O(numCourses * prerequisites)", "O(n^2)"], ["course-schedule", "O(numcourses)", "O(n)"],
    ["course-schedule", "O(E)", "O(n)"], ["course-schedule", "O(V^2)", "O(n^2)"], ["course-schedule", "O(E log V)", "O(n log n)"], ["course-schedule", "O(|V| + |E|)", "O(n)"], ["course-schedule", "O(prerequisites)", "O(n)"],
    ["coin-change", "O(amount * coins)", "O(n)"], ["coin-change", "O(amount * len(coins))", "O(n)"], ["coin-change", "O(amount × coins.length)", "O(n)"], ["coin-change", "O(amount)", "O(n)"], ["coin-change", "O(n * m)", "O(n)"],
    ["coin-change", "O(n*c)", "O(n)"], ["coin-change", "O(amount^2)", "O(n^2)"], ["coin-change", "O(coins^amount)", "O(2^n)"], ["coin-change", "O(amount + coins)", "O(n)"], ["coin-change", "O(nm)", "O(n)"],
    ["sliding-window-max", "O(k)", "O(n)"], ["sliding-window-max", "O(n)", "O(n)"], ["sliding-window-max", "O(n*k)", "O(n^2)"], ["sliding-window-max", "O(nk)", "O(n^2)"], ["sliding-window-max", "O(n log k)", "O(n log n)"],
    ["sliding-window-max", "O(nlogk)", "O(n log n)"], ["sliding-window-max", "O(n + k)", "O(n)"], ["sliding-window-max", "O(n - k + 1)", "O(n)"], ["sliding-window-max", "O((n - k) * k)", "O(n^2)"], ["sliding-window-max", "O(1)", "O(1)"],
    ["top-k-frequent", "O(n log k)", "O(n log n)"], ["top-k-frequent", "O(nlogk)", "O(n log n)"], ["top-k-frequent", "O(n + k log n)", "O(n log n)"], ["top-k-frequent", "O(n)", "O(n)"], ["top-k-frequent", "O(n + u log u)", "O(n log n)"],
    ["top-k-frequent", "O(k)", "O(n)"], ["top-k-frequent", "O(n*k)", "O(n^2)"], ["kth-largest", "O(n log k)", "O(n log n)"], ["kth-largest", "O(k)", "O(n)"], ["kth-largest", "O(n + k log n)", "O(n log n)"],
    ["kth-largest", "O(k log k + n)", "O(n log n)"], ["kth-largest", "O(n*k)", "O(n^2)"], ["kth-largest", "O(1)", "O(1)"], ["group-anagrams", "O(n*k)", "O(n)"], ["group-anagrams", "O(nk log k)", "O(n)"],
    ["group-anagrams", "O(n * k * log k)", "O(n)"], ["group-anagrams", "O(nk)", "O(n)"], ["k-means", "O(n*k*d)", "O(n)"], ["k-means", "O(n k d i)", "O(n)"], ["k-means", "O(n * k * d * iterations)", "O(n)"],
    ["lcs", "O(n*m)", "O(n^2)"], ["lcs", "O(min(n, m))", "O(n)"], ["lcs", "O(nm)", "O(n^2)"], ["lru-cache", "O(capacity)", "O(n)"], ["lru-cache", "O(1)", "O(1)"],
    ["combination-sum", "O(2^target)", "O(2^n)"], ["combination-sum", "O(target / min(candidates))", "O(n)"], ["combination-sum", "O(target)", "O(n)"], ["validate-bst", "O(h)", "O(n)"], ["level-order", "O(w)", "O(n)"],
    ["mha", "O(n^2 d)", "O(n^2)"], ["mha", "O(n^2 * d + n * d^2)", "O(n^2)"], ["mha", "O(b * h * n^2)", "O(n^2)"], ["mlp", "O(B * d * h)", "O(n)"], ["mlp", "O(n * d * h * L)", "O(n)"],
    ["positional-encoding", "O(seqLen * dModel)", "O(n)"], ["positional-encoding", "O(L·d)", "O(n)"], ["vit-patch-embedding", "O(P·P·C)", "O(1)"], ["longest-substring-without-repeating", "O(min(n, alphabet))", "O(n)"], ["layer-norm", "O(d)", "O(1)"],
  ];
  it("has at least 60 answers", () => expect(rows.length).toBeGreaterThanOrEqual(60));
  it.each(rows)("%s: reads %s as %s", (slug, answer, expected) => {
    expect(parseComplexity(answer, sizesOf(slug))).toBe(expected);
  });

  it("echoes the answer's sizes and how they were read", () => {
    expect(readAnswer("O(k)", sizesOf("sliding-window-max")).readAs).toBe("O(n) with k = n/4");
    expect(readAnswer("O(numCourses + prerequisites)", sizesOf("course-schedule")).readAs).toBe("O(n) with numCourses = n, prerequisites = 2n");
    expect(readAnswer("O(n + m)").readAs).toBe("O(n) with m = n");
  });

  it("names what it cannot read instead of guessing", () => {
    expect(readAnswer("O(numCourses + prerequisites)")).toMatchObject({ cls: null, error: 'unknown name "numCourses"' });
    expect(readAnswer("fast").cls).toBeNull();
    expect(readAnswer("").cls).toBeNull();
    expect(readAnswer("O(n^1.5)").readAs).toBe("O(n^1.5), not a class drill grades");
  });

  it("reads every O(…) in every problem's space description with the problem's sizes", () => {
    for (const slug of readdirSync(problemsDir())) {
      const meta = JSON.parse(readFileSync(join(problemsDir(), slug, "problem.json"), "utf8"));
      for (const match of (meta.complexity.space as string).matchAll(/O\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
        expect(readAnswer(match[0], meta.complexity.variables ?? {}).error, `${slug}: ${match[0]}`).toBeUndefined();
      }
    }
  });
});

describe("plain words and prose", () => {
  it.each([
    ["linear", "O(n)"], ["constant", "O(1)"], ["logarithmic", "O(log n)"], ["quadratic", "O(n^2)"], ["cubic", "O(n^3)"],
    ["exponential", "O(2^n)"], ["linearithmic", "O(n log n)"], ["I think it is O(n) because each index is pushed once", "O(n)"], ["o(N)", "O(n)"], ["n", "O(n)"],
  ])("reads %s as %s", (answer, expected) => {
    expect(parseComplexity(answer)).toBe(expected);
  });

  it("collects the classes a space description mentions", () => {
    expect(classesIn("O(n·m) table; O(min(n, m)) with two rows")).toEqual(["O(n^2)", "O(n)"]);
    expect(classesIn("O(k) beyond the output", { k: "n/4" })).toEqual(["O(n)"]);
  });
});
