// The TypeScript adapter: compile with esbuild, run each case in a worker thread with a
// per-case and a per-run time limit, start a fresh worker after a time-out or crash.
import { compileTsFile } from "./compile-ts.js";
import { SolutionWorker, type WorkerReply } from "./solution-worker.js";
import type { CaseOutcome, LanguageAdapter, RunCase, RunOutcome, RunRequest } from "./types.js";

const LOAD_TIMEOUT_MS = 5000;

export interface TypeScriptAdapterOptions {
  /** Keep one worker started ahead of the next run (watch mode, multi-problem runs). */
  keepWarm?: boolean;
}

export class TypeScriptAdapter implements LanguageAdapter {
  readonly lang = "ts" as const;
  private spare?: SolutionWorker;

  constructor(private readonly options: TypeScriptAdapterOptions = {}) {
    if (options.keepWarm) this.spare = new SolutionWorker();
  }

  private takeWorker(): SolutionWorker {
    const worker = this.spare?.alive ? this.spare : new SolutionWorker();
    this.spare = this.options.keepWarm ? new SolutionWorker() : undefined;
    return worker;
  }

  async run(request: RunRequest): Promise<RunOutcome> {
    // Start the thread while esbuild compiles: the two overlap.
    let worker: SolutionWorker | undefined = this.takeWorker();
    try {
      let compiled;
      try {
        compiled = await compileTsFile(request.solutionFile);
      } catch (error) {
        return { kind: "unreadable", message: (error as Error).message };
      }
      if (!compiled.ok) return { kind: "compile-error", error: compiled.error };
      const load = { type: "load" as const, modulePath: compiled.modulePath, entry: request.entry, call: request.call };

      const first = await worker.request(load, LOAD_TIMEOUT_MS);
      if (first.type !== "loaded") return loadFailure(first);

      const deadline = Date.now() + request.limits.runMs;
      const cases: CaseOutcome[] = [];
      for (const c of request.cases) {
        if (request.signal?.aborted) return { kind: "cancelled" };
        const left = deadline - Date.now();
        let outcome: CaseOutcome;
        if (left <= 0) {
          outcome = { id: c.id, status: "skipped", ms: 0, output: "", reason: `the run's time limit (${request.limits.runMs} ms) was used up` };
        } else {
          if (!worker?.alive) {
            worker = this.takeWorker();
            const reloaded = await worker.request(load, LOAD_TIMEOUT_MS);
            if (reloaded.type !== "loaded") return loadFailure(reloaded);
          }
          const limit = Math.min(request.limits.caseMs, left);
          outcome = toOutcome(c, await worker.request({ type: "run", id: c.id, args: c.args }, limit), limit);
        }
        cases.push(outcome);
        request.onCase?.(outcome);
      }
      return { kind: "ran", cases, loadOutput: first.output };
    } finally {
      void worker?.terminate();
    }
  }

  async dispose(): Promise<void> {
    await this.spare?.terminate();
    this.spare = undefined;
  }
}

function loadFailure(reply: WorkerReply): RunOutcome {
  switch (reply.type) {
    case "load-error":
      return { kind: "load-error", message: reply.message, error: reply.error, output: reply.output };
    case "timeout":
      return { kind: "load-error", message: `importing the file did not finish within ${LOAD_TIMEOUT_MS / 1000} s (an endless loop at the top level?)`, output: "" };
    case "crashed":
      return { kind: "load-error", message: `the solution ${reply.message} while loading`, output: "" };
    default:
      return { kind: "load-error", message: `unexpected reply while loading: ${reply.type}`, output: "" };
  }
}

function toOutcome(c: RunCase, reply: WorkerReply, limitMs: number): CaseOutcome {
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
    default:
      return { id: c.id, status: "crashed", message: `unexpected reply: ${reply.type}`, ms: 0, output: "" };
  }
}
