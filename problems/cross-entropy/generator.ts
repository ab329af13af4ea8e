import type { Rng } from "../../src/random/rng.js";

type Args = [number[][], number[]];

// n is the batch size; classes 1..6. Value styles: ordinary logits, small integers (ties),
// huge logits, and rows offset by +-1000 from each other (a batch-wide maximum fails there).
export function generate(n: number, rng: Rng): Args {
  const classes = rng.pick([1, 2, 2, 3, 4, 5, 6]);
  const style = rng.pick(["normal", "integers", "huge", "offsets"] as const);
  const logits = Array.from({ length: n }, () => {
    const offset = style === "offsets" ? rng.pick([-1000, 0, 1000]) : 0;
    return Array.from({ length: classes }, () => {
      switch (style) {
        case "normal": return rng.normal(0, 2);
        case "integers": return rng.int(-3, 3);
        case "huge": return rng.normal(0, 600);
        case "offsets": return offset + rng.normal(0, 3);
      }
    });
  });
  const labels = Array.from({ length: n }, () => rng.int(0, classes - 1));
  return [logits, labels];
}

// Batch 4 over n/4 classes (a vocabulary-sized softmax); 2 or 1 rows when 4 does not divide n.
export function probeInput(n: number, rng: Rng): Args {
  const batch = n % 4 === 0 ? 4 : n % 2 === 0 ? 2 : 1;
  const classes = n / batch;
  const logits = Array.from({ length: batch }, () => Array.from({ length: classes }, () => rng.normal(0, 3)));
  const labels = Array.from({ length: batch }, () => rng.int(0, classes - 1));
  return [logits, labels];
}
