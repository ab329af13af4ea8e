interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Without recursion (deep trees are fine): take nodes from a stack, swap each one's two child
// pointers and push its children. Every node is swapped once, in any order. O(n) time, O(n)
// stack in the worst case.
export function invertTree(root: TreeNode | null): TreeNode | null {
  const stack: TreeNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const left = node.left;
    node.left = node.right;
    node.right = left;
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return root;
}
