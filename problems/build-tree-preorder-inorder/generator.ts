import type { Rng } from "../../src/random/rng.js";

// Shapes are child-index arrays (node 0 is the root, -1 = no child), walked in pre-order and
// in-order at the end: no objects and no recursion, so large probe trees build in O(n).
interface Shape {
  left: Int32Array;
  right: Int32Array;
}

function emptyShape(n: number): Shape {
  return { left: new Int32Array(n).fill(-1), right: new Int32Array(n).fill(-1) };
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

/** The pre-order and in-order walks of a shape, as values, with an explicit stack (no recursion). */
function walks(shape: Shape, values: ArrayLike<number>): [number[], number[]] {
  const n = shape.left.length;
  const preorder: number[] = [];
  const inorder: number[] = [];
  const stack: number[] = [];
  let node = n > 0 ? 0 : -1;
  while (node >= 0 || stack.length > 0) {
    while (node >= 0) {
      preorder.push(values[node]);
      stack.push(node);
      node = shape.left[node];
    }
    const top = stack.pop()!;
    inorder.push(values[top]);
    node = shape.right[top];
  }
  return [preorder, inorder];
}

/** n distinct values in LeetCode's [-3000, 3000]: a shuffled run around 0, or spread out with the range's ends. */
function distinctValues(n: number, rng: Rng): number[] {
  const values: number[] = [];
  if (rng.bool(0.6)) {
    const start = rng.int(-n, 0);
    for (let i = 0; i < n; i++) values.push(start + i);
  } else {
    const seen = new Set<number>();
    for (const v of [0, -3000, 3000]) if (seen.size < n && rng.bool(0.6)) seen.add(v);
    while (seen.size < n) seen.add(rng.int(-3000, 3000));
    values.push(...seen);
  }
  return rng.shuffle(values);
}

/** The two walks of a tree of n nodes in a random shape (chains, lopsided and bushy) with distinct values; now and then empty. */
export function generate(n: number, rng: Rng): [number[], number[]] {
  if (rng.bool(0.03)) return [[], []];
  return walks(randomShape(n, rng), distinctValues(n, rng));
}

/** The two walks of a deep tree of exactly n nodes (height about n/2) with the distinct values 0..n-1 shuffled. */
export function probeInput(n: number, rng: Rng): [number[], number[]] {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  return walks(spineShape(n, rng), values);
}
