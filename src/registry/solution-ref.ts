// One solution of one problem in one language: how drill names it in maps, state and history.
import type { Lang } from "./problem.js";

export interface SolutionRef {
  slug: string;
  lang: Lang | string;
}

/** "lcs:py" — the one key every map of solutions uses. */
export function solutionKey(ref: SolutionRef): string {
  return `${ref.slug}:${ref.lang}`;
}
