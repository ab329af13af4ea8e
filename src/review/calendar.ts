// The review schedule's keys and days, without the scheduler itself (ts-fsrs): commands that only
// read due dates import these.
import type { Lang } from "../registry/problem.js";
import { solutionKey } from "../registry/solution-ref.js";

export const cardKey = (slug: string, lang: Lang): string => solutionKey({ slug, lang });

/** The end of the local day `plusDays` after `now`. */
export function endOfDay(now: Date, plusDays = 0): Date {
  const end = new Date(now);
  end.setDate(end.getDate() + plusDays);
  end.setHours(23, 59, 59, 999);
  return end;
}
