import type { Rng } from "../../src/random/rng.js";

// Trees are built as parallel index arrays (no objects, no recursion) and then written
// in LeetCode's level-order form, so even 10^6-node probes build in O(n).
interface Shape {
  left: Int32Array; // child index, or -1
  right: Int32Array;
}

function emptyShape(n: number): Shape {
  return { left: new Int32Array(n).fill(-1), right: new Int32Array(n).fill(-1) };
}

/** LeetCode encoding: BFS from node 0, a null for each missing child of a present node, trailing nulls trimmed. */
export function encode(shape: Shape, values: ArrayLike<number>): (number | null)[] {
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
      if (child < 0) {
        out.push(null);
      } else {
        out.push(values[child]);
        queue[tail++] = child;
      }
    }
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Nodes 0..n-1 in heap order: node i has children 2i+1 and 2i+2. */
function completeShape(n: number): Shape {
  const s = emptyShape(n);
  for (let i = 0; 2 * i + 1 < n; i++) {
    s.left[i] = 2 * i + 1;
    if (2 * i + 2 < n) s.right[i] = 2 * i + 2;
  }
  return s;
}

/** A chain 0 → 1 → ... → n-1; turn(i) says whether node i+1 is the right child of node i. */
function chainShape(n: number, turn: (i: number) => boolean): Shape {
  const s = emptyShape(n);
  for (let i = 0; i + 1 < n; i++) (turn(i) ? s.right : s.left)[i] = i + 1;
  return s;
}

/**
 * A random split tree: a subtree of size m gets a left part of uniform size in [0, m-1].
 * Same depth distribution as a random BST (about 4.3 ln n), built with an explicit stack.
 */
function splitShape(n: number, rng: Rng): Shape {
  const s = emptyShape(n);
  if (n === 0) return s;
  // stack of [node, size]: the subtree rooted at `node` occupies ids node..node+size-1
  const stack: number[] = [0, n];
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

/** Each new node hangs off a uniformly chosen free child slot (bushy, irregular shapes). O(n) slots list. */
function randomSlotShape(n: number, rng: Rng): Shape {
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

/** Grown level by level: each node of the last level gets each child with probability p, until there are n nodes. */
function holeyShape(n: number, rng: Rng): Shape {
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

export function generate(n: number, rng: Rng): [(number | null)[]] {
  if (rng.bool(0.04)) return [[]];
  const kind = rng.int(0, 7);
  let shape: Shape;
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
      shape = randomSlotShape(n, rng);
      break;
    default:
      shape = holeyShape(n, rng);
  }
  return [encode(shape, randomValues(n, rng))];
}

function probeValues(n: number, rng: Rng): Int32Array {
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[i] = rng.int(-1000, 1000);
  return values;
}

/** A typical tree of exactly n nodes: random split shape, depth O(log n) on average. */
// Probes use the broom (depth about n/3, a last level of about n/6): a solution that rescans
// the tree once per level costs O(n·depth), which only shows as slower than O(n) when the tree
// is deep, and a BFS queue holds O(n) nodes at the wide end, its worst case.
export function probeInput(n: number, rng: Rng): [(number | null)[]] {
  return [encode(broomShape(n, rng), probeValues(n, rng))];
}

/** A complete tree of n nodes: the widest shape (the last level holds about n/2 nodes). */
export function probeWide(n: number, rng: Rng): [(number | null)[]] {
  return [encode(completeShape(n), probeValues(n, rng))];
}

/**
 * A deep tree of n nodes: a spine of ceil(n/2) nodes turning left or right at random, each
 * spine node (but the last) also carrying a leaf on its other side. Depth is about n/2.
 */
export function probeDeep(n: number, rng: Rng): [(number | null)[]] {
  const s = emptyShape(n);
  const spine = Math.ceil(n / 2);
  // spine nodes are 0..spine-1; leaves are spine..n-1
  let leaf = spine;
  for (let i = 0; i + 1 < spine; i++) {
    const right = rng.bool();
    (right ? s.right : s.left)[i] = i + 1;
    if (leaf < n) (right ? s.left : s.right)[i] = leaf++;
  }
  if (leaf < n) s.left[spine - 1] = leaf++;
  return [encode(s, probeValues(n, rng))];
}
