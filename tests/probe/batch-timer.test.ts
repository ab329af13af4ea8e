// A batch of large calls gets a full collection first. In V8 the call right after a forced
// collection can run cold, several times slower than the ones after it: timed there, a
// correct solution read 8× slower at every size large enough to get one (rotting-oranges'
// distance-grid.ts jumped from 1.3 to 11 ms at n = 23,170 and failed as slow code).
import { describe, expect, it } from "vitest";
import { createBatchTimer, type WaitClock } from "../../src/runner/timing.js";

/** Spins for `ms` of wall time. */
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

/**
 * A wait clock as Linux keeps it, with the thread preempted for `ms` next to one reading: right
 * after the batch's first reading (which then does not hold that wait, the next one does), or
 * right before its last (which does).
 */
function preemptedAtReading(when: 0 | 1, ms: number): WaitClock {
  let readings = 0;
  let waited = 0;
  return () => {
    const reading = readings++;
    const before = waited;
    if (reading === when) {
      spin(ms);
      waited += ms;
    }
    return when === 0 ? before : waited;
  };
}

describe("a batch whose thread waited for a CPU while its clock was read", () => {
  // On a busy machine the thread is preempted between a wait reading and the wall clock: that
  // wait lies outside the timed window and must not be taken off it.
  for (const [when, where] of [[0, "as the batch starts"], [1, "as the batch ends"]] as const) {
    it(`never reads faster than the calls ran: preempted ${where}`, () => {
      const timeBatch = createBatchTimer(() => spin(20), undefined, preemptedAtReading(when, 15));
      const { seconds } = timeBatch([[1]], { reps: 1, copiedReps: 1 });
      // 20 ms of calls; taking the 15 ms wait off the window would leave 5 ms.
      expect(seconds).toBeGreaterThan(0.015);
    });
  }

  it("still takes off a wait inside the window", () => {
    let calls = 0;
    let waited = 0;
    const clock: WaitClock = () => waited;
    // The call itself "waits" 15 ms of its 20: what it ran is 5 ms.
    const timeBatch = createBatchTimer(() => {
      calls++;
      spin(20);
      if (calls > 1) waited += 15;
    }, undefined, clock);
    const started = performance.now();
    const { seconds } = timeBatch([[1]], { reps: 1, copiedReps: 1 });
    const wallMs = performance.now() - started;
    expect(seconds).toBeGreaterThan(0.004);
    expect(seconds * 1000).toBeLessThan(wallMs - 10);
  });
});
