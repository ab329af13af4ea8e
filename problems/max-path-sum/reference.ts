interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Without recursion (deep trees are fine): nodes in breadth-first order, read backwards, come
// after their children. gain(node) = val + max(0, gain(left), gain(right)) is the best path
// going straight down from a node; the best path bending at a node adds both children's gains,
// each clamped at 0. O(n) time and space.
export function maxPathSum(root: TreeNode | null): number {
  if (root === null) return 0;
  const order: TreeNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    if (node.left !== null) order.push(node.left);
    if (node.right !== null) order.push(node.right);
  }
  const gain = new Map<TreeNode, number>();
  let best = -Infinity;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const left = node.left === null ? 0 : Math.max(0, gain.get(node.left)!);
    const right = node.right === null ? 0 : Math.max(0, gain.get(node.right)!);
    best = Math.max(best, node.val + left + right);
    gain.set(node, node.val + Math.max(left, right));
  }
  return best;
}
