// Save → frame latency of drill watch: the real watcher, the real runner and the real Ink
// screen (drawn into a recording stream), driven by real file writes. Each save writes a
// solution that returns a new marker; the latency is the time from the write to the first
// frame that shows that marker as the received value.
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { problemsDir } from "../src/paths.js";
import { LANG_EXTENSION, loadRegistry, type Lang } from "../src/registry/load.js";
import { renderWatch } from "../src/ui/render-watch.js";
import { WatchController, watchItem } from "../src/watch/controller.js";
import { initialState } from "../src/watch/session.js";

class RecordingStdout extends EventEmitter {
  readonly isTTY = true;
  columns = 120;
  rows = 40;
  frames: { at: number; text: string }[] = [];
  write(data: string): boolean {
    this.frames.push({ at: performance.now(), text: data.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "") });
    return true;
  }
}

class IdleStdin extends EventEmitter {
  readonly isTTY = true;
  setRawMode() {
    return this;
  }
  setEncoding() {
    return this;
  }
  resume() {
    return this;
  }
  pause() {
    return this;
  }
  ref() {
    return this;
  }
  unref() {
    return this;
  }
  read() {
    return null;
  }
}

// PyTorch exists only for the ML problems: softmax, with a solution that returns a tensor.
const slugFor = (lang: Lang) => (lang === "torch" ? "softmax" : "sliding-window-max");
const solution = (lang: Lang, marker: number) =>
  lang === "ts"
    ? `export function maxSlidingWindow(nums: number[], k: number): number[] {\n  return [${marker}];\n}\n`
    : lang === "torch"
      ? `import torch\n\n\ndef softmax(x, dim):\n    return torch.tensor([${marker}.0])\n`
      : `def max_sliding_window(nums, k):\n    return [${marker}]\n`;

export interface LatencyReport {
  lang: Lang;
  saves: number;
  samples: number[];
  /** From starting the watch to the first result on screen (Python starting, torch imported). */
  firstMs: number;
  /** The pause between a result and the next save. */
  pauseMs: number;
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function measureWatchLatency(options: { lang: Lang; saves: number; pauseMs?: number; env?: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<LatencyReport> {
  const SLUG = slugFor(options.lang);
  const pauseMs = options.pauseMs ?? 150;
  const workspace = mkdtempSync(join(tmpdir(), "drill-bench-watch-"));
  const file = join(workspace, `${SLUG}${LANG_EXTENSION[options.lang]}`);
  writeFileSync(file, solution(options.lang, 1000));
  const registry = loadRegistry(problemsDir());
  const problem = registry.problems.find((p) => p.slug === SLUG)!;
  const stdout = new RecordingStdout();
  const state = initialState([watchItem(problem, options.lang, workspace, workspace, true)], { autoProbe: false, now: Date.now() });
  const problems = new Map([[SLUG, problem]]);
  let quit: () => void = () => {};
  const done = new Promise<void>((resolve) => (quit = resolve));
  let view: ReturnType<typeof renderWatch> | undefined;
  const controller = new WatchController(state, {
    problems: registry.problems,
    workspace,
    cwd: workspace,
    env: options.env,
    seed: 1,
    render: (s) => view?.draw(s),
    onQuit: () => quit(),
  });
  view = renderWatch(problems, (e) => controller.dispatch(e), state, { stdout: stdout as unknown as NodeJS.WriteStream, stdin: new IdleStdin() as unknown as NodeJS.ReadStream });
  const started = performance.now();
  controller.start();

  const waitForMarker = async (marker: number, since: number, timeoutMs = 15_000): Promise<number> => {
    const needle = `[${marker}]`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const frame = stdout.frames.find((f) => f.at >= since && f.text.includes(needle));
      if (frame) return frame.at;
      await new Promise((r) => setTimeout(r, 1));
    }
    throw new Error(`no frame showed ${needle} within ${timeoutMs} ms`);
  };

  try {
    const firstMs = (await waitForMarker(1000, 0, 120_000)) - started;
    options.log?.(`first result: ${firstMs.toFixed(1)} ms`);
    const samples: number[] = [];
    for (let i = 1; i <= options.saves; i++) {
      await new Promise((r) => setTimeout(r, pauseMs)); // let the previous run settle, like a person typing
      const marker = 1000 + i;
      const t0 = performance.now();
      writeFileSync(file, solution(options.lang, marker));
      const shown = await waitForMarker(marker, t0);
      samples.push(shown - t0);
      options.log?.(`save ${i}: ${(shown - t0).toFixed(1)} ms`);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return { lang: options.lang, saves: options.saves, samples, firstMs, pauseMs, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  } finally {
    await controller.stop();
    await done;
    rmSync(workspace, { recursive: true, force: true });
  }
}
