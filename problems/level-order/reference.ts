interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Breadth-first, one level at a time: `current` holds exactly the nodes of one level,
// and their children, left before right, become the next level. Every node is handled
// once, and only two levels are alive at any moment, so the extra space is O(width).
export function levelOrder(root: TreeNode | null): number[][] {
  const levels: number[][] = [];
  let current: TreeNode[] = root === null ? [] : [root];
  while (current.length > 0) {
    const values: number[] = new Array(current.length);
    const next: TreeNode[] = [];
    for (let i = 0; i < current.length; i++) {
      const node = current[i];
      values[i] = node.val;
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    levels.push(values);
    current = next;
  }
  return levels;
}
