import type { Rng } from "../../src/random/rng.js";

type Script = [string[], number[][]];

// n calls in all (the constructor first, then at least one addNum). Values come from a
// small range (repeats, negatives) or arrive sorted up or down, which unbalances naive
// splits; findMedian is called often, after odd and even counts alike.
export function generate(n: number, rng: Rng): Script {
  const range = rng.pick([3, 20, 100000]);
  const order = rng.int(0, 2);
  let next = rng.int(-range, range);
  const value = () => {
    if (order === 0) return rng.int(-range, range);
    next += order === 1 ? rng.int(0, 3) : -rng.int(0, 3);
    next = Math.max(-100000, Math.min(100000, next));
    return next;
  };
  const operations = ["MedianFinder", "addNum"];
  const args: number[][] = [[], [value()]];
  for (let i = 2; i < Math.max(3, n); i++) {
    if (rng.bool(0.5)) {
      operations.push("addNum");
      args.push([value()]);
    } else {
      operations.push("findMedian");
      args.push([]);
    }
  }
  return [operations, args];
}

// n calls: the constructor, then addNum (random values in ±10^5) and findMedian in turn.
export function probeInput(n: number, rng: Rng): Script {
  const operations: string[] = new Array(n);
  const args: number[][] = new Array(n);
  operations[0] = "MedianFinder";
  args[0] = [];
  for (let i = 1; i < n; i++) {
    if (i % 2 === 1) {
      operations[i] = "addNum";
      args[i] = [rng.int(-100000, 100000)];
    } else {
      operations[i] = "findMedian";
      args[i] = [];
    }
  }
  return [operations, args];
}
