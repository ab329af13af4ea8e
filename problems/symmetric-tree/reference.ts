interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Without recursion (deep trees are fine): a stack of node pairs that must mirror each other,
// starting with the root's two subtrees. A pair mirrors when both are null, or both exist with
// equal values and their outer children and inner children mirror. O(n) time, O(n) stack in
// the worst case.
export function isSymmetric(root: TreeNode | null): boolean {
  if (root === null) return true;
  const stack: (TreeNode | null)[] = [root.left, root.right];
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    if (a === null && b === null) continue;
    if (a === null || b === null || a.val !== b.val) return false;
    stack.push(a.left, b.right, a.right, b.left);
  }
  return true;
}
