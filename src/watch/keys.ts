// The watch screen's shortcuts: one table for what keys do and for the help line.
import type { WatchState } from "./state.js";
import { solutionKey, type SolutionRef } from "../registry/solution-ref.js";

export interface Shortcut {
  key: string;
  label: string;
  /** Shown (and acted on) only when this holds. */
  when?: (state: WatchState) => boolean;
}

const currentPassed = (s: WatchState) => s.items.length > 0 && s.results[itemKey(s.items[s.current])]?.status === "passed";
const idle = (s: WatchState) => s.running === undefined;
const currentFailing = (s: WatchState) => s.items.length > 0 && (s.results[itemKey(s.items[s.current])]?.failures.length ?? 0) > 0;
const currentExists = (s: WatchState) => s.items.length > 0 && s.items[s.current].exists;

export function itemKey(item: SolutionRef): string {
  return solutionKey(item);
}

export const SHORTCUTS: Shortcut[] = [
  { key: "n", label: "next problem", when: (s) => (currentPassed(s) && s.items.length > 1) || (s.canSkip && s.items.length > 0) },
  { key: "p", label: "previous", when: (s) => s.current > 0 },
  { key: "h", label: "hint", when: (s) => s.items.length > 0 && s.hintsShown[s.items[s.current].slug] < s.items[s.current].hints },
  { key: "r", label: "re-run", when: (s) => idle(s) && s.items.length > 0 },
  { key: "c", label: "probe + chart", when: (s) => idle(s) && currentPassed(s) },
  { key: "s", label: "reference solution", when: (s) => currentPassed(s) || (s.canSkip && s.items.length > 0) },
  { key: "d", label: "debug command", when: currentFailing },
  { key: "e", label: "edit", when: currentExists },
  { key: "l", label: "list", when: (s) => s.items.length > 1 },
  { key: "q", label: "quit" },
];

export function availableShortcuts(state: WatchState): Shortcut[] {
  return SHORTCUTS.filter((s) => !s.when || s.when(state));
}
