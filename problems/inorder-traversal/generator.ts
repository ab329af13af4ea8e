import type { Rng } from "../../src/random/rng.js";

// Shapes are child-index arrays (node 0 is the root, -1 = no child), written in LeetCode's
// level-order form at the end: no objects and no recursion, so large probe trees build in O(n).
interface Shape {
  left: Int32Array;
  right: Int32Array;
}

function emptyShape(n: number): Shape {
  return { left: new Int32Array(n).fill(-1), right: new Int32Array(n).fill(-1) };
}

/** LeetCode encoding: BFS from node 0, a null for each missing child of a present node, trailing nulls trimmed. */
function encode(shape: Shape, values: ArrayLike<number>): (number | null)[] {
  const n = shape.left.length;
  if (n === 0) return [];
  const out: (number | null)[] = [values[0]];
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const node = queue[head++];
    for (const child of [shape.left[node], shape.right[node]]) {
      if (child < 0) out.push(null);
      else {
        out.push(values[child]);
        queue[tail++] = child;
      }
    }
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Heap order: node i has children 2i+1 and 2i+2. */
function completeShape(n: number): Shape {
  const s = emptyShape(n);
  for (let i = 0; 2 * i + 1 < n; i++) {
    s.left[i] = 2 * i + 1;
    if (2 * i + 2 < n) s.right[i] = 2 * i + 2;
  }
  return s;
}

/** A chain 0 → 1 → … → n-1; goRight(i) says whether node i+1 is the right child of node i. */
function chainShape(n: number, goRight: (i: number) => boolean): Shape {
  const s = emptyShape(n);
  for (let i = 0; i + 1 < n; i++) (goRight(i) ? s.right : s.left)[i] = i + 1;
  return s;
}

/** Each subtree of size m puts a uniform share of its m-1 other nodes on its left (depth O(log n) on average). */
function splitShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n === 0) return s;
  const stack: number[] = [0, n]; // pairs [first id, size]: a subtree occupies ids first..first+size-1
  while (stack.length > 0) {
    const size = stack.pop()!;
    const node = stack.pop()!;
    const leftSize = rng.int(0, size - 1);
    const rightSize = size - 1 - leftSize;
    if (leftSize > 0) {
      s.left[node] = node + 1;
      stack.push(node + 1, leftSize);
    }
    if (rightSize > 0) {
      s.right[node] = node + 1 + leftSize;
      stack.push(node + 1 + leftSize, rightSize);
    }
  }
  return s;
}

/** Every new node takes a uniformly chosen free child slot: bushy, irregular shapes. */
function slotShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  const slots: number[] = n > 0 ? [0, 1] : []; // slot = 2 * parent + (0 left | 1 right)
  for (let i = 1; i < n; i++) {
    const k = rng.int(0, slots.length - 1);
    const slot = slots[k];
    slots[k] = slots[slots.length - 1];
    slots.pop();
    ((slot & 1) === 0 ? s.left : s.right)[slot >> 1] = i;
    slots.push(2 * i, 2 * i + 1);
  }
  return s;
}

/**
 * A spine of ceil(n/2) nodes turning left or right at random, each spine node but the last
 * carrying a leaf on its other side: depth about n/2, so a recursion or a stack holds O(n).
 */
function spineShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  const spine = Math.ceil(n / 2);
  let leaf = spine;
  for (let i = 0; i + 1 < spine; i++) {
    const right = rng.bool();
    (right ? s.right : s.left)[i] = i + 1;
    if (leaf < n) (right ? s.left : s.right)[i] = leaf++;
  }
  if (leaf < n) s.left[spine - 1] = leaf++;
  return s;
}

/** A shape of n nodes for the cross-check: complete, chains (left, right, zig-zag, random), random splits, bushy or spines. */
function randomShape(n: number, rng: Rng): Shape {
  switch (rng.int(0, 8)) {
    case 0:
      return completeShape(n);
    case 1:
      return chainShape(n, () => false);
    case 2:
      return chainShape(n, () => true);
    case 3: {
      const first = rng.bool();
      return chainShape(n, (i) => (i % 2 === 0) === first);
    }
    case 4:
      return chainShape(n, () => rng.bool());
    case 5:
    case 6:
      return splitShape(n, rng);
    case 7:
      return slotShape(n, rng);
    default:
      return spineShape(n, rng);
  }
}

/** Values in [-spread, spread]: all equal, tiny ranges (many duplicates and zeros) or LeetCode's full range. */
function randomValues(n: number, rng: Rng): number[] {
  const mode = rng.int(0, 3);
  if (mode === 0) return new Array<number>(n).fill(rng.pick([0, -1, 5]));
  const spread = [0, 1, 5, 100][mode];
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(rng.int(-spread, spread));
  return values;
}

/** A tree of n nodes (now and then an empty one) in a random shape, with repeated, zero and negative values. */
export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  return [encode(randomShape(n, rng), randomValues(n, rng))];
}

/** A deep tree of exactly n nodes (height about n/2): a recursion or a stack holds O(n) nodes. */
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = rng.int(-100, 100);
  return [encode(spineShape(n, rng), values)];
}
