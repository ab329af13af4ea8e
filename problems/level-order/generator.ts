import type { Rng } from "../../src/random/rng.js";
import {
  type TreeShape,
  broomShape,
  chainShape,
  completeShape,
  emptyShape,
  levelOrder,
  slotShape,
  spineShape,
  splitShape,
  uniformValues,
} from "../../src/random/trees.js";

/** Grown level by level: each node of the last level gets each child with probability p, until there are n nodes. */
function holeyShape(n: number, rng: Rng): TreeShape {
  const s = emptyShape(n);
  let level = [0];
  let next: number[] = [];
  let count = 1;
  const p = rng.pick([0.6, 0.75, 0.9]);
  while (count < n) {
    next = [];
    for (const node of level) {
      if (count < n && rng.bool(p)) {
        s.left[node] = count;
        next.push(count++);
      }
      if (count < n && rng.bool(p)) {
        s.right[node] = count;
        next.push(count++);
      }
    }
    if (next.length === 0) next = level; // nothing grew: try the same level again
    level = next;
  }
  return s;
}

function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 4);
  if (mode === 0) {
    const v = rng.pick([0, -1, 7]);
    return new Array(n).fill(v);
  }
  const spread = [1, 3, 9, 1000, 2147483647][mode];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    values.push(spread === 2147483647 && rng.bool(0.2) ? rng.pick([-2147483648, 2147483647, 0]) : rng.int(-spread, spread));
  }
  return values;
}

export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  const kind = rng.int(0, 7);
  let shape: TreeShape;
  switch (kind) {
    case 0:
      shape = completeShape(n);
      break;
    case 1:
      shape = chainShape(n, () => false);
      break;
    case 2:
      shape = chainShape(n, () => true);
      break;
    case 3: {
      const first = rng.bool();
      shape = chainShape(n, (i) => (i % 2 === 0) === first);
      break;
    }
    case 4:
      shape = chainShape(n, () => rng.bool());
      break;
    case 5:
      shape = splitShape(n, rng);
      break;
    case 6:
      shape = slotShape(n, rng);
      break;
    default:
      shape = holeyShape(n, rng);
  }
  return [levelOrder(shape, randomValues(n, rng))];
}

/** A typical tree of exactly n nodes: random split shape, depth O(log n) on average. */
// Probes use the broom (depth about n/3, a last level of about n/6): a solution that rescans
// the tree once per level costs O(n·depth), which only shows as slower than O(n) when the tree
// is deep, and a BFS queue holds O(n) nodes at the wide end, its worst case.
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  return [levelOrder(broomShape(n, rng), uniformValues(n, -1000, 1000, rng))];
}

/** A complete tree of n nodes: the widest shape (the last level holds about n/2 nodes). */
export function probeWide(n: number, rng: Rng): [(number | null)[]] {
  return [levelOrder(completeShape(n), uniformValues(n, -1000, 1000, rng))];
}

/**
 * A deep tree of n nodes: a spine of ceil(n/2) nodes turning left or right at random, each
 * spine node (but the last) also carrying a leaf on its other side. Depth is about n/2.
 */
export function probeDeep(n: number, rng: Rng): [(number | null)[]] {
  return [levelOrder(spineShape(n, rng), uniformValues(n, -1000, 1000, rng))];
}
