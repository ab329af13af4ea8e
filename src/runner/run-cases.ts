// The case loop both languages share: load the solution in a runner (a worker thread or a
// Python process), run each case under the per-case and per-run time limits, and start a
// fresh runner after a time-out or a crash.
import type { CaseRunner, RunnerReply } from "./message-runner.js";
import type { LoadRequest } from "./protocol/schema.js";
import type { CaseOutcome, OpenedRunner, RunCase, RunOutcome, RunRequest } from "./types.js";

export const LOAD_TIMEOUT_MS = 5000;

export type { CaseRunner, RunnerReply } from "./message-runner.js";

/** Loads the solution in a fresh runner for probing; the runner is killed if loading fails. */
export async function openLoaded(load: LoadRequest, runner: CaseRunner): Promise<OpenedRunner> {
  const loaded = await runner.request(load, LOAD_TIMEOUT_MS);
  if (loaded.type === "loaded") return { kind: "ready", runner, leetcode: loaded.leetcode === true };
  void runner.terminate();
  return loadFailure(loaded);
}

/**
 * Runs the cases as one batch (one message out, one reply per case back: no round trip per
 * case). Each case's time limit starts when the previous one answers; after a time-out or a
 * crash, a fresh runner takes the cases that are left. At the end the runner is stopped, or,
 * when every case answered, handed to `release` (which may keep it for another solution).
 */
export async function runCases(
  request: RunRequest,
  load: LoadRequest,
  takeRunner: () => CaseRunner,
  release: (runner: CaseRunner) => void = (runner) => void runner.terminate(),
): Promise<RunOutcome> {
  let runner: CaseRunner = takeRunner();
  let answeredAll = false;
  // Cancelling kills the runner at once, so a case still running cannot hold the next run up.
  const stop = () => void runner.terminate();
  request.signal?.addEventListener("abort", stop);
  try {
    const first = await runner.request(load, LOAD_TIMEOUT_MS);
    if (request.signal?.aborted) return { kind: "cancelled" };
    if (first.type !== "loaded") return loadFailure(first);

    const leetcode = first.type === "loaded" && first.leetcode === true;
    const leftOut = (leetcode ? request.drillOnlyCases : request.leetcodeOnlyCases) ?? new Set<number>();
    const toRun = leftOut.size ? request.cases.filter((c) => !leftOut.has(c.id)) : request.cases;
    const deadline = Date.now() + request.limits.runMs;
    const cases: CaseOutcome[] = [];
    const record = (outcome: CaseOutcome) => {
      cases.push(outcome);
      request.onCase?.(outcome);
    };
    let next = 0;
    let timedOut = false;
    let stopped = false;
    while (next < toRun.length) {
      if (stopped) {
        for (const c of toRun.slice(next)) record({ id: c.id, status: "skipped", ms: 0, output: "", reason: "not run: stopped at the first failure" });
        break;
      }
      // An endless loop would cost every remaining case its full limit: stop at the first time-out, as LeetCode does.
      if (timedOut) {
        for (const c of toRun.slice(next)) record({ id: c.id, status: "skipped", ms: 0, output: "", reason: "not run: an earlier case timed out" });
        break;
      }
      if (Date.now() >= deadline) {
        for (const c of toRun.slice(next)) {
          record({ id: c.id, status: "skipped", ms: 0, output: "", reason: `the run's time limit (${request.limits.runMs} ms) was used up` });
        }
        break;
      }
      if (!runner.alive) {
        runner = takeRunner();
        const reloaded = await runner.request(load, LOAD_TIMEOUT_MS);
        if (request.signal?.aborted) return { kind: "cancelled" };
        if (reloaded.type !== "loaded") return loadFailure(reloaded);
      }
      const batch = toRun.slice(next);
      runner.send({ type: "run-batch", cases: batch.map((c) => ({ id: c.id, args: c.args })) });
      for (const c of batch) {
        const limit = Math.min(request.limits.caseMs, deadline - Date.now());
        const reply = await runner.next("run-batch", limit);
        if (request.signal?.aborted) return { kind: "cancelled" };
        const outcome = toOutcome(c, reply, limit);
        record(outcome);
        next++;
        timedOut = reply.type === "timeout";
        stopped = request.stopAfter?.(outcome) === true;
        if (reply.type === "timeout" || reply.type === "crashed" || stopped) break;
      }
    }
    answeredAll = !timedOut && cases.every((c) => c.status !== "timeout" && c.status !== "crashed" && c.status !== "skipped");
    return { kind: "ran", cases, loadOutput: first.output, leetcode };
  } finally {
    request.signal?.removeEventListener("abort", stop);
    if (answeredAll && runner.alive && !request.signal?.aborted) release(runner);
    else void runner.terminate();
  }
}

function loadFailure(reply: Exclude<RunnerReply<"load">, { type: "loaded" }>): Extract<RunOutcome, { kind: "compile-error" | "load-error" }> {
  switch (reply.type) {
    case "syntax-error":
      return { kind: "compile-error", error: { file: reply.file, line: reply.line, column: reply.column, lineText: reply.lineText, message: reply.message } };
    case "load-error":
      return { kind: "load-error", message: reply.message, error: reply.error, output: reply.output };
    case "timeout":
      return { kind: "load-error", message: `importing the file did not finish within ${LOAD_TIMEOUT_MS / 1000} s (an endless loop at the top level?)`, output: "" };
    case "crashed":
      return { kind: "load-error", message: `the solution ${reply.message} while loading`, output: "" };
  }
}

function toOutcome(c: RunCase, reply: RunnerReply<"run-batch">, limitMs: number): CaseOutcome {
  switch (reply.type) {
    case "returned":
      return { id: c.id, status: "returned", value: reply.value, ms: reply.ms, output: reply.output };
    case "threw":
      return { id: c.id, status: "threw", error: reply.error, ms: reply.ms, output: reply.output };
    case "unsendable":
      return { id: c.id, status: "unsendable", message: reply.message, ms: reply.ms, output: reply.output };
    case "timeout":
      return { id: c.id, status: "timeout", limitMs, ms: limitMs, output: "" };
    case "crashed":
      return { id: c.id, status: "crashed", message: reply.message, ms: 0, output: "" };
  }
}
