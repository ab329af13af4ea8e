interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Without recursion (deep trees are fine): a post-order walk with an explicit stack computes
// each node's height (in nodes) after both children's. The longest path turning at a node has
// height(left) + height(right) edges; the answer is the largest over all nodes. O(n) time and
// space.
export function diameterOfBinaryTree(root: TreeNode | null): number {
  if (root === null) return 0;
  const height = new Map<TreeNode | null, number>([[null, 0]]);
  const stack: TreeNode[] = [root];
  const expanded = new Set<TreeNode>();
  let best = 0;
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!expanded.has(node)) {
      expanded.add(node);
      if (node.left !== null) stack.push(node.left);
      if (node.right !== null) stack.push(node.right);
      continue;
    }
    stack.pop();
    const left = height.get(node.left)!;
    const right = height.get(node.right)!;
    if (left + right > best) best = left + right;
    height.set(node, 1 + Math.max(left, right));
  }
  return best;
}
