// How far a run over many solutions has got: n/total, what runs now, the time so far and an
// estimate of the time left. A pure tracker: the suite tells it what happened, reporters draw it.
import type { Lang } from "../registry/problem.js";

export interface SuiteProgress {
  /** Solutions whose result is in. */
  done: number;
  total: number;
  /** What runs now ("lcs [py]: probing"), or null between steps. */
  current: string | null;
  elapsedMs: number;
  /** The estimated time left, or null before anything has been timed. */
  etaMs: number | null;
}

/** A probe's expected length before one has been timed: the default budget and its overhead. */
const PROBE_GUESS_MS = 4000;

export class ProgressTracker {
  private readonly started: number;
  private casesDone = 0;
  private caseMs = 0;
  private probesDone = 0;
  private probeMs = 0;
  private probesAhead = 0;
  private reported = 0;
  private current: string | null = null;

  constructor(
    private readonly total: number,
    private readonly jobs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** A solution's cases finished (after `ms`); `probeNext` when a probe of it will follow. */
  casesFinished(ms: number, probeNext: boolean, cached = false): void {
    this.casesDone++;
    if (!cached) this.caseMs += ms;
    if (probeNext) this.probesAhead++;
  }

  probeFinished(ms: number): void {
    this.probesDone++;
    this.probeMs += ms;
    this.probesAhead = Math.max(0, this.probesAhead - 1);
  }

  resultReported(): void {
    this.reported++;
  }

  running(slug: string, lang: Lang, what: string): void {
    this.current = `${slug} [${lang}]${what ? `: ${what}` : ""}`;
  }

  idle(): void {
    this.current = null;
  }

  snapshot(): SuiteProgress {
    const elapsedMs = this.now() - this.started;
    return { done: this.reported, total: this.total, current: this.current, elapsedMs, etaMs: this.estimate() };
  }

  private estimate(): number | null {
    const casesLeft = this.total - this.casesDone;
    const timedCases = this.casesDone;
    if (timedCases === 0 && this.probesDone === 0) return null;
    const perCase = timedCases ? this.caseMs / timedCases : 0;
    const perProbe = this.probesDone ? this.probeMs / this.probesDone : PROBE_GUESS_MS;
    // Solutions still to run are probed about as often as those run so far.
    const probeShare = this.casesDone ? (this.probesAhead + this.probesDone) / this.casesDone : 1;
    const ms = (casesLeft * perCase) / Math.max(1, this.jobs) + (this.probesAhead + casesLeft * probeShare) * perProbe;
    return Math.max(0, ms);
  }
}

/** "1:05" or "12s". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, "0")}`;
}

/** "12/98 · lcs [py]: probing · 1:05 elapsed · about 3:10 left" */
export function progressLine(p: SuiteProgress): string {
  const parts = [`${p.done}/${p.total}`];
  if (p.current) parts.push(p.current);
  parts.push(`${formatDuration(p.elapsedMs)} elapsed`);
  if (p.etaMs !== null && p.done < p.total) parts.push(`about ${formatDuration(p.etaMs)} left`);
  return parts.join(" · ");
}
