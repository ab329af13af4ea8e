import type { Rng } from "../../src/random/rng.js";

// Shapes are child-index arrays (node 0 is the root, -1 = no child), turned into LeetCode's
// level-order array at the end. No objects and no recursion, so probe trees of 10^6 nodes
// build in O(n).
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
    const l = shape.left[node];
    const r = shape.right[node];
    if (l < 0) out.push(null);
    else {
      out.push(values[l]);
      queue[tail++] = l;
    }
    if (r < 0) out.push(null);
    else {
      out.push(values[r]);
      queue[tail++] = r;
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

/** A chain 0 → 1 → ... → n-1; goRight(i) says whether node i+1 is the right child of node i. */
function chainShape(n: number, goRight: (i: number) => boolean): Shape {
  const s = emptyShape(n);
  for (let i = 0; i + 1 < n; i++) (goRight(i) ? s.right : s.left)[i] = i + 1;
  return s;
}

/** Each subtree of size m puts a uniform share of m-1 nodes on its left (random-BST depth, O(log n) on average). */
function splitShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n === 0) return s;
  const stack: number[] = [0, n]; // pairs [first id, size]; a subtree occupies ids first..first+size-1
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

/** n distinct values: a shuffled run of consecutive integers around 0, or spread out with 32-bit extremes. */
function distinctValues(n: number, rng: Rng): number[] {
  const values: number[] = [];
  if (rng.bool(0.7)) {
    const start = rng.int(-n, 0);
    for (let i = 0; i < n; i++) values.push(start + i);
  } else {
    const seen = new Set<number>();
    for (const v of [0, -2147483648, 2147483647]) if (seen.size < n && rng.bool(0.6)) seen.add(v);
    while (seen.size < n) seen.add(rng.int(-1000, 1000));
    values.push(...seen);
  }
  return rng.shuffle(values);
}

/** Ids of the nodes in the subtree of `top`, `top` first. */
function subtree(shape: Shape, top: number): number[] {
  const ids = [top];
  for (let i = 0; i < ids.length; i++) {
    if (shape.left[ids[i]] >= 0) ids.push(shape.left[ids[i]]);
    if (shape.right[ids[i]] >= 0) ids.push(shape.right[ids[i]]);
  }
  return ids;
}

/**
 * A tree of max(n, 2) nodes with distinct values and two targets: a node and one of its
 * descendants (the "own ancestor" case), two nodes of one random subtree (so the answer is
 * often below the root), or two uniformly random nodes.
 */
/**
 * The probes' tree, the worst case for every kind of traversal: a path of ceil(n/3) nodes, each
 * the left or right child (at random) of the one before and carrying a leaf on its other side,
 * ending in a complete tree of the remaining nodes. Depth is about n/3, so recursion or an
 * in-order stack holds O(n) nodes; the path's leaves wait on a pre-order stack, O(n) too; and
 * the complete part's last level holds about n/6 nodes, so a BFS queue is O(n) as well.
 */
function broomShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n === 0) return s;
  const path = Math.ceil(n / 3);
  let next = path; // ids 0..path-1 are the path, then its leaves, then the complete part
  for (let i = 0; i + 1 < path; i++) {
    const right = rng.bool();
    (right ? s.right : s.left)[i] = i + 1;
    (right ? s.left : s.right)[i] = next++;
  }
  const top = next; // the complete part's root: id 2·path - 1
  if (top < n) (rng.bool() ? s.right : s.left)[path - 1] = top;
  for (let j = 0; top + 2 * j + 1 < n; j++) {
    s.left[top + j] = top + 2 * j + 1;
    if (top + 2 * j + 2 < n) s.right[top + j] = top + 2 * j + 2;
  }
  return s;
}

export function generate(n: number, rng: Rng): [(number | null)[], number, number] {
  n = Math.max(n, 2);
  let shape: Shape;
  switch (rng.int(0, 5)) {
    case 0:
      shape = completeShape(n);
      break;
    case 1:
      shape = chainShape(n, () => rng.bool());
      break;
    case 2:
    case 3:
      shape = splitShape(n, rng);
      break;
    default:
      shape = slotShape(n, rng);
  }
  const values = distinctValues(n, rng);
  let a = rng.int(0, n - 1);
  let b = -1;
  const mode = rng.int(0, 2);
  if (mode === 0) {
    const below = subtree(shape, a).slice(1);
    if (below.length > 0) b = rng.pick(below);
  } else if (mode === 1) {
    const ids = subtree(shape, a);
    if (ids.length >= 3) {
      rng.shuffle(ids);
      [a, b] = [ids[0], ids[1]];
    }
  }
  if (b < 0) {
    b = rng.int(0, n - 2);
    if (b >= a) b++;
  }
  const [p, q] = rng.bool() ? [a, b] : [b, a];
  return [encode(shape, values), values[p], values[q]];
}

/**
 * A broom of exactly n nodes (at least 2) with values 0..n-1 shuffled, and two random targets
 * in its complete part, below the n/3-node path: a search must go about n/3 deep to find them.
 */
export function probeInput(n: number, rng: Rng): [(number | null)[], number, number] {
  n = Math.max(n, 2);
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  const top = 2 * Math.ceil(n / 3) - 1; // the complete part's ids are top..n-1 (see broomShape)
  const first = n - top >= 2 ? top : 0;
  const p = rng.int(first, n - 1);
  let q = rng.int(first, n - 2);
  if (q >= p) q++;
  return [encode(broomShape(n, rng), values), values[p], values[q]];
}
