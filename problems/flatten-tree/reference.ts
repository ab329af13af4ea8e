interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// O(1) extra space: at each node with a left subtree, the old right subtree is hung on the
// left subtree's rightmost node, the left subtree moves to the right and left is cleared. Only
// that rightmost node's own left part can follow it in pre-order, and the same step moves it in
// front when the walk, going down the right pointers, reaches it. Each node lies on the way to
// one rightmost node at most, so the walks add up to O(n) time.
export function flatten(root: TreeNode | null): void {
  for (let node = root; node !== null; node = node.right) {
    if (node.left === null) continue;
    let last = node.left;
    while (last.right !== null) last = last.right;
    last.right = node.right;
    node.right = node.left;
    node.left = null;
  }
}
