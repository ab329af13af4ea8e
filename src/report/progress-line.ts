// One line on a terminal's stderr that redraws itself: "12/98 · lcs [py]: probing · 1:05 elapsed
// · about 3:10 left". Cleared before anything else is written to the terminal, and at the end.
import { progressLine, type SuiteProgress } from "../suite/progress.js";

export interface ProgressLine {
  show(progress: SuiteProgress): void;
  /** Takes the line away (before other output, and when the run ends). */
  clear(): void;
}

export function createProgressLine(write: (text: string) => void, width = 100): ProgressLine {
  let shown = false;
  let last: SuiteProgress | undefined;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    if (!last) return;
    const line = progressLine({ ...last, elapsedMs: last.elapsedMs + (performance.now() - drawnAt) });
    write(`\r\x1b[2K${line.slice(0, width - 1)}`);
    shown = true;
  };
  let drawnAt = performance.now();
  return {
    show(progress) {
      last = progress;
      drawnAt = performance.now();
      draw();
      // The elapsed time keeps moving while a long probe runs.
      if (!timer) {
        timer = setInterval(draw, 1000);
        timer.unref();
      }
    },
    clear() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (shown) write("\r\x1b[2K");
      shown = false;
    },
  };
}
