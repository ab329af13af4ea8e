// A batch of large calls gets a full collection first. V8 can answer a forced collection by
// dropping a function's optimised code, so the next call runs cold: timed right after it, a
// correct solution read 8× slower at every size large enough to get one (rotting-oranges'
// distance-grid.ts jumped from 1.3 to 11 ms at n = 23,170 and failed as slow code).
import { describe, expect, it } from "vitest";
import { createBatchTimer } from "../../src/runner/timing.js";

/** Spins for `ms` of this thread's time. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** A call that takes 0.2 ms, or 30 ms on the first call after a collection. */
function coldAfterCollection() {
  let cold = false;
  let calls = 0;
  return {
    gc: () => {
      cold = true;
    },
    fn: (input: number[]) => {
      calls++;
      spin(cold ? 30 : 0.2);
      cold = false;
      return input.length;
    },
    calls: () => calls,
  };
}

describe("a batch timed after a full collection", () => {
  it("does not time the call that runs cold after it", () => {
    const code = coldAfterCollection();
    const timeBatch = createBatchTimer(code.fn, code.gc);
    const { seconds } = timeBatch([[1, 2, 3]], { reps: 1, copiedReps: 1, gc: true });
    // 0.2 ms warm; 30 ms had the cold call been timed. Time spent waiting for a CPU is left out.
    expect(seconds).toBeLessThan(0.01);
  });

  it("gives a call that changes its input its own copy for the untimed call", () => {
    const seen: number[][] = [];
    const timeBatch = createBatchTimer((input: number[]) => {
      seen.push(input);
      input.push(0);
    }, () => {});
    const input = [1, 2];
    timeBatch([input], { reps: 2, copiedReps: 2, gc: true });
    expect(input).toEqual([1, 2]);
    expect(seen.every((s) => s !== input)).toBe(true);
  });

  it("adds no call to batches of small calls", () => {
    const code = coldAfterCollection();
    const timeBatch = createBatchTimer(code.fn, code.gc);
    timeBatch([[1]], { reps: 3, copiedReps: 3, gc: false });
    // One call to learn whether the input changes, then the three timed ones.
    expect(code.calls()).toBe(4);
  });
});
