interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// An explicit stack of (node, depth) pairs instead of recursion, so deep chains are fine:
// every node is visited once and the largest depth seen is the answer. O(n) time, O(n) stack
// in the worst case.
export function maxDepth(root: TreeNode | null): number {
  if (root === null) return 0;
  let best = 0;
  const nodes: TreeNode[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > best) best = depth;
    if (node.left !== null) {
      nodes.push(node.left);
      depths.push(depth + 1);
    }
    if (node.right !== null) {
      nodes.push(node.right);
      depths.push(depth + 1);
    }
  }
  return best;
}
