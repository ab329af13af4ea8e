// Resolving what the user typed ("mha", "滑动窗口最大值", "Sliding Window Maximum", "239") to a problem.
import { distance } from "fastest-levenshtein";
import { UsageError } from "../errors.js";
import type { Problem, Registry } from "./problem.js";
import { drillCommand } from "../invocation.js";

const normalize = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, "-");

export function closestSlugs(registry: Registry, query: string, limit = 3): string[] {
  const q = normalize(query);
  return registry.problems
    .map((p) => {
      const names = [p.slug, normalize(p.meta.title.en), p.meta.title.zh ?? ""];
      const contains = names.some((n) => n && (n.includes(q) || q.includes(n)));
      const score = Math.min(...names.filter(Boolean).map((n) => distance(q, n))) - (contains ? 100 : 0);
      return { slug: p.slug, score };
    })
    .filter((x) => x.score < Math.max(4, q.length / 2))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((x) => x.slug);
}

export function findProblem(registry: Registry, query: string): Problem {
  if (/[\\/]|\.\./.test(query)) {
    throw new UsageError(`"${query}" is not a problem name: names have no path separators or "..".`, drillCommand("list"));
  }
  const q = normalize(query);
  const leetcodeId = /^\d+$/.test(query.trim()) ? Number(query.trim()) : undefined;
  const named = (p: Problem) =>
    normalize(p.meta.title.en) === q ||
    p.meta.title.zh === query.trim() ||
    (leetcodeId !== undefined && p.meta.leetcode?.id === leetcodeId) ||
    (p.meta.leetcode !== undefined && normalize(p.meta.leetcode.title) === q);
  // A slug names its problem even when another problem's title reads the same.
  const found = registry.problems.find((p) => p.slug === q) ?? registry.problems.find(named);
  if (found) return found;

  const broken = registry.issues.find((issue) => issue.slug === q);
  if (broken) {
    throw new UsageError(`problem "${q}" could not be loaded: ${broken.file}: ${broken.message}`, `fix that file, then run: ${drillCommand(`check ${q}`, { workspace: false })}`);
  }
  const close = closestSlugs(registry, query);
  const suggestion = close.length ? `did you mean ${close.map((s) => `"${s}"`).join(" or ")}?` : `see the list with: ${drillCommand("list")}`;
  throw new UsageError(`unknown problem "${query}"; ${suggestion}`, close.length ? drillCommand("list") : undefined);
}
