// The watch session as a pure reducer: (state, event) → (state, effects). No terminal, no
// files, no timers here — the controller feeds events in and carries the effects out.
import type { WatchEffect, WatchEvent } from "./events.js";
import { debugCommandFor } from "./debug-command.js";
import { availableShortcuts, itemKey } from "./keys.js";
import type { LogEntry, RunningState, WatchItem, WatchState } from "./state.js";
import type { ProblemResult } from "../suite/results.js";

export type { LogEntry, RunningState, WatchItem, WatchState } from "./state.js";

export function initialState(
  items: WatchItem[],
  options: { start?: number; autoProbe?: boolean; hintsShown?: Record<string, number>; now?: number; canSkip?: boolean; workspaceArg?: string } = {},
): WatchState {
  const current = Math.min(Math.max(options.start ?? 0, 0), Math.max(items.length - 1, 0));
  const first = items[current];
  return {
    items,
    current,
    results: {},
    probes: {},
    nextRunId: 1,
    dirty: first?.exists ? [itemKey(first)] : [],
    hintsShown: Object.fromEntries(items.map((i) => [i.slug, options.hintsShown?.[i.slug] ?? 0])),
    view: "main",
    showSolution: false,
    listCursor: current,
    autoProbe: options.autoProbe ?? true,
    canSkip: options.canSkip ?? false,
    workspaceMissing: false,
    quitting: false,
    workspaceArg: options.workspaceArg,
    log: [],
    now: options.now ?? 0,
  };
}

export type Step = [WatchState, WatchEffect[]];

const markDirty = (state: WatchState, key: string): WatchState =>
  state.dirty.includes(key) ? state : { ...state, dirty: [...state.dirty, key] };

/** Starts the next run when nothing runs: the current item first, else the oldest waiting one. */
function schedule([state, effects]: Step): Step {
  if (state.running || state.quitting || state.dirty.length === 0) return [state, effects];
  const currentKey = state.items[state.current] ? itemKey(state.items[state.current]) : undefined;
  const key = currentKey && state.dirty.includes(currentKey) ? currentKey : state.dirty[0];
  const item = state.items.find((i) => itemKey(i) === key);
  const dirty = state.dirty.filter((k) => k !== key);
  if (!item?.exists) return schedule([{ ...state, dirty }, effects]);
  const runId = state.nextRunId;
  const running: RunningState = { runId, key, phase: "cases", done: 0, total: 0, startedAt: state.now };
  return [
    { ...state, dirty, running, nextRunId: runId + 1, notice: undefined },
    [...effects, { type: "run", runId, slug: item.slug, lang: item.lang, probe: state.autoProbe }],
  ];
}

/** Moves to another item; runs it if it has never run. */
function moveTo(state: WatchState, index: number): WatchState {
  const current = Math.min(Math.max(index, 0), state.items.length - 1);
  const item = state.items[current];
  const next = { ...state, current, view: "main" as const, showSolution: false, info: undefined };
  return item && item.exists && !state.results[itemKey(item)] ? markDirty(next, itemKey(item)) : next;
}

function onKey(state: WatchState, event: Extract<WatchEvent, { type: "key" }>): Step {
  if ((event.ctrl && event.input === "c") || (event.input === "q" && state.view === "main")) {
    const effects: WatchEffect[] = state.running ? [{ type: "cancel", runId: state.running.runId }] : [];
    return [{ ...state, quitting: true, running: undefined }, [...effects, { type: "quit" }]];
  }
  if (state.view === "list") {
    if (event.upArrow || event.input === "k") return [{ ...state, listCursor: Math.max(0, state.listCursor - 1) }, []];
    if (event.downArrow || event.input === "j") return [{ ...state, listCursor: Math.min(state.items.length - 1, state.listCursor + 1) }, []];
    if (event.return) return [moveTo(state, state.listCursor), []];
    if (event.escape || event.input === "l" || event.input === "q") return [{ ...state, view: "main" }, []];
    return [state, []];
  }
  const allowed = availableShortcuts(state).some((s) => s.key === event.input);
  if (!allowed) return [state, []];
  const item = state.items[state.current];
  switch (event.input) {
    case "n":
      return [moveTo(state, state.current + 1), []];
    case "p":
      return [moveTo(state, state.current - 1), []];
    case "h": {
      const hintsShown = { ...state.hintsShown, [item.slug]: Math.min(item.hints, (state.hintsShown[item.slug] ?? 0) + 1) };
      return [{ ...state, hintsShown }, [{ type: "save-hints", hints: hintsShown }]];
    }
    case "r":
      return [markDirty(state, itemKey(item)), []];
    case "c": {
      const runId = state.nextRunId;
      const running: RunningState = { runId, key: itemKey(item), phase: "probe", done: 0, total: 0, startedAt: state.now };
      return [{ ...state, running, nextRunId: runId + 1 }, [{ type: "probe", runId, slug: item.slug, lang: item.lang }]];
    }
    case "l":
      return [{ ...state, view: "list", listCursor: state.current }, []];
    case "s":
      return [{ ...state, showSolution: !state.showSolution }, []];
    case "d": {
      const failure = state.results[itemKey(item)]?.failures[0];
      if (!failure) return [state, []];
      const command = debugCommandFor({ slug: item.slug, lang: item.lang, argNames: item.argNames, workspaceArg: state.workspaceArg }, failure);
      return [{ ...state, info: `Debug "${failure.group === "own" ? `your case, ${failure.name}` : failure.name}" in another terminal: ${command}` }, []];
    }
    case "e":
      return [state, [{ type: "edit", slug: item.slug, lang: item.lang }]];
    default:
      return [state, []];
  }
}

function logEntry(state: WatchState, result: ProblemResult): LogEntry {
  return {
    id: state.log.length + 1,
    at: state.now,
    slug: result.slug,
    lang: result.lang,
    status: result.status,
    passed: result.cases.passed,
    total: result.cases.total,
    ms: result.durationMs,
  };
}

function reduceEvent(state: WatchState, event: WatchEvent): Step {
  const isMine = (runId: number) => state.running?.runId === runId;
  switch (event.type) {
    case "tick":
      return [{ ...state, now: event.now }, []];
    case "key":
      return onKey(state, event);
    case "file-changed": {
      const key = itemKey(event.item);
      const known = state.items.some((i) => itemKey(i) === key);
      if (!known && !event.item.exists) return [state, []];
      const items = known ? state.items.map((it) => (itemKey(it) === key ? { ...it, exists: event.item.exists } : it)) : [...state.items, event.item];
      const hintsShown = known ? state.hintsShown : { ...state.hintsShown, [event.item.slug]: state.hintsShown[event.item.slug] ?? 0 };
      let next: WatchState = { ...state, items, hintsShown };
      const effects: WatchEffect[] = [];
      // The last save wins: a run of older content is cancelled, never shown.
      if (state.running?.key === key) {
        effects.push({ type: "cancel", runId: state.running.runId });
        next = { ...next, running: undefined };
      }
      if (event.item.exists) next = markDirty(next, key);
      else {
        const { [key]: _gone, ...results } = next.results;
        next = { ...next, results, dirty: next.dirty.filter((k) => k !== key) };
      }
      return [next, effects];
    }
    case "case-progress":
      if (!isMine(event.runId)) return [state, []];
      return [{ ...state, running: { ...state.running!, done: event.done, total: event.total } }, []];
    case "run-finished": {
      if (!isMine(event.runId)) return [state, []];
      const key = state.running!.key;
      const results = { ...state.results, [key]: event.result };
      const log = [...state.log, logEntry(state, event.result)];
      const { [key]: _stale, ...probes } = state.probes;
      const probing = state.autoProbe && event.result.status === "passed";
      const running = probing ? { ...state.running!, phase: "probe" as const } : undefined;
      return [{ ...state, results, probes, log, running, info: undefined }, []];
    }
    case "probe-point":
      if (!isMine(event.runId)) return [state, []];
      return [{ ...state, running: { ...state.running!, probeN: event.n } }, []];
    case "probe-finished":
      if (!isMine(event.runId)) return [state, []];
      return [{ ...state, probes: { ...state.probes, [state.running!.key]: event.report }, running: undefined }, []];
    case "run-failed":
      if (!isMine(event.runId)) return [state, []];
      return [{ ...state, running: undefined, notice: event.message }, []];
    case "notice":
      return [{ ...state, notice: event.message }, []];
    case "workspace-missing":
      return [{ ...state, workspaceMissing: true }, []];
    case "workspace-back":
      return [{ ...state, workspaceMissing: false }, []];
    case "not-saved":
      return [{ ...state, notSaved: event.message }, []];
  }
}

export function reduce(state: WatchState, event: WatchEvent): Step {
  return schedule(reduceEvent(state, event));
}
