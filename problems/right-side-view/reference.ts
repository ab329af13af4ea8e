interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Level by level: `level` holds exactly the nodes of one level in left-to-right order, so its
// last node is the one seen from the right. Each node is handled once: O(n) time, and only
// two levels are alive at a time: O(width) extra space.
export function rightSideView(root: TreeNode | null): number[] {
  const view: number[] = [];
  let level: TreeNode[] = root === null ? [] : [root];
  while (level.length > 0) {
    view.push(level[level.length - 1].val);
    const next: TreeNode[] = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return view;
}
