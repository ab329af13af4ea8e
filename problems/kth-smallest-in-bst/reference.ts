interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// In-order walk with an explicit stack, which visits a BST's values in increasing order; it
// stops at the k-th visit, so it costs O(h + k) time and O(h) extra space.
export function kthSmallest(root: TreeNode | null, k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be at least 1, got ${k}`);
  const stack: TreeNode[] = [];
  let node = root;
  let remaining = k;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop()!;
    remaining--;
    if (remaining === 0) return node.val;
    node = node.right;
  }
  throw new RangeError(`k = ${k} but the tree has only ${k - remaining} nodes`);
}
