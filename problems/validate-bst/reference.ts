interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// In-order traversal with an explicit stack: a strict BST yields strictly increasing values.
// `prev` starts as null (no value seen yet), so no sentinel can collide with a real value.
// O(n) time, O(h) extra space, and it stops at the first out-of-order value.
export function isValidBST(root: TreeNode | null): boolean {
  const stack: TreeNode[] = [];
  let prev: number | null = null;
  let node = root;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    if (prev !== null && node.val <= prev) return false;
    prev = node.val;
    node = node.right;
  }
  return true;
}
