import type { Rng } from "../../src/random/rng.js";

type Script = [string[], number[][]];

// n calls in all (the constructor first). Values come from a small range so the minimum
// repeats often; pops empty the stack now and then, and pop, top and getMin are only
// called when the stack holds something.
export function generate(n: number, rng: Rng): Script {
  const range = rng.pick([2, 5, 50]);
  const operations = ["MinStack"];
  const args: number[][] = [[]];
  let size = 0;
  for (let i = 1; i < Math.max(2, n); i++) {
    const r = rng.float();
    if (size === 0 || r < 0.4) {
      operations.push("push");
      args.push([rng.int(-range, range)]);
      size++;
    } else if (r < 0.65) {
      operations.push("pop");
      args.push([]);
      size--;
    } else {
      operations.push(rng.bool(0.6) ? "getMin" : "top");
      args.push([]);
    }
  }
  return [operations, args];
}

// n calls: the first half pushes random values; the second half calls getMin 70% of the
// time, top 10%, pop 10% and push 10%, so the stack stays about n/2 deep.
export function probeInput(n: number, rng: Rng): Script {
  const operations: string[] = new Array(n);
  const args: number[][] = new Array(n);
  operations[0] = "MinStack";
  args[0] = [];
  let size = 0;
  const half = Math.floor(n / 2);
  for (let i = 1; i < n; i++) {
    const r = i <= half ? 0.95 : rng.float();
    if (size === 0 || r >= 0.9) {
      operations[i] = "push";
      args[i] = [rng.int(-1000000, 1000000)];
      size++;
    } else if (r < 0.7) {
      operations[i] = "getMin";
      args[i] = [];
    } else if (r < 0.8) {
      operations[i] = "top";
      args[i] = [];
    } else {
      operations[i] = "pop";
      args[i] = [];
      size--;
    }
  }
  return [operations, args];
}
