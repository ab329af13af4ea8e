interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// An explicit stack instead of recursion (deep trees are fine): walk left pushing every node,
// then the top of the stack is the next node in order; output it and continue with its right
// subtree. O(n) time, O(h) extra space for height h.
export function inorderTraversal(root: TreeNode | null): number[] {
  const out: number[] = [];
  const stack: TreeNode[] = [];
  let node = root;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const next = stack.pop()!;
    out.push(next.val);
    node = next.right;
  }
  return out;
}
