// Any height-balanced BST holding each value of nums once is right. The answer arrives as a
// level-order array; it is rebuilt here (iteratively) and checked: same values in in-order as
// nums (so it is a BST with exactly those values), and at every node the two subtrees'
// heights differ by at most one.
import type { CheckInput } from "../../src/checker/types.js";

interface Node {
  val: number;
  left: Node | null;
  right: Node | null;
}

function rebuild(levelOrder: readonly (number | null)[]): Node | null {
  if (levelOrder.length === 0 || levelOrder[0] === null) return null;
  const root: Node = { val: levelOrder[0], left: null, right: null };
  const queue: Node[] = [root];
  let i = 1;
  for (let head = 0; head < queue.length && i < levelOrder.length; head++) {
    for (const side of ["left", "right"] as const) {
      if (i >= levelOrder.length) break;
      const v = levelOrder[i++];
      if (v !== null) {
        queue[head][side] = { val: v, left: null, right: null };
        queue.push(queue[head][side]!);
      }
    }
  }
  return root;
}

function inorder(root: Node | null): number[] {
  const out: number[] = [];
  const stack: Node[] = [];
  for (let node = root; node !== null || stack.length > 0; ) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    out.push(top.val);
    node = top.right;
  }
  return out;
}

/** The first node whose subtrees' heights differ by more than one, with those heights. */
function unbalanced(root: Node | null): { node: Node; left: number; right: number } | null {
  if (root === null) return null;
  const order: Node[] = [root];
  for (let i = 0; i < order.length; i++) {
    const { left, right } = order[i];
    if (left) order.push(left);
    if (right) order.push(right);
  }
  const height = new Map<Node | null, number>([[null, 0]]);
  let found: { node: Node; left: number; right: number } | null = null;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const left = height.get(node.left)!;
    const right = height.get(node.right)!;
    if (Math.abs(left - right) > 1) found = { node, left, right }; // the last one found is the highest
    height.set(node, 1 + Math.max(left, right));
  }
  return found;
}

const show = (list: readonly number[]) => (list.length > 12 ? `[${list.slice(0, 12).join(", ")}, …]` : `[${list.join(", ")}]`);

export function check({ args, actual }: CheckInput): string | null {
  const nums = args[0] as number[];
  const root = rebuild(actual as (number | null)[]);
  const values = inorder(root);
  if (values.length !== nums.length) {
    const held = new Set(values);
    const missing = nums.filter((v) => !held.has(v));
    const detail = missing.length > 0 ? ` (missing: ${show(missing)})` : "";
    return `the tree has ${values.length} node(s) but nums has ${nums.length} value(s)${detail}: every value must appear exactly once`;
  }
  for (let i = 0; i < nums.length; i++) {
    if (values[i] !== nums[i]) {
      const missing = nums.find((v) => !values.includes(v));
      const why = missing !== undefined ? `${missing} is missing` : "a search tree's in-order walk must read the values in increasing order";
      return `the in-order walk reads ${show(values)} instead of ${show(nums)}: ${why}`;
    }
  }
  const bad = unbalanced(root);
  if (bad) {
    return `not height-balanced: the node ${bad.node.val} has subtrees of heights ${bad.left} and ${bad.right} (they may differ by at most 1)`;
  }
  return null;
}
