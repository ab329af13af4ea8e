// A due date as a user reads it, relative to today: "today", "2d late", "in 3d".

const DAY_MS = 24 * 3600 * 1000;

/** Whole local days from `now`'s day to `due`'s day (negative: overdue). */
export function daysUntil(due: Date, now: Date): number {
  const a = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const b = new Date(due.getFullYear(), due.getMonth(), due.getDate());
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

export function dueText(due: Date, now: Date): string {
  const days = daysUntil(due, now);
  if (days === 0) return "today";
  return days < 0 ? `${-days}d late` : `in ${days}d`;
}
