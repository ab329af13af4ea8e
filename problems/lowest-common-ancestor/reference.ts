interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Without recursion (deep trees are fine): a BFS records every node's parent, p and all its
// ancestors (p included, since a node is its own ancestor) go into a set, and walking up from q
// the first node found in that set is the lowest common ancestor. O(n) time and space.
export function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null {
  if (root === null) return null;
  const parent = new Map<TreeNode, TreeNode | null>([[root, null]]);
  const queue: TreeNode[] = [root];
  for (let head = 0; head < queue.length && !(parent.has(p) && parent.has(q)); head++) {
    const node = queue[head];
    for (const child of [node.left, node.right]) {
      if (child !== null) {
        parent.set(child, node);
        queue.push(child);
      }
    }
  }
  const aboveP = new Set<TreeNode>();
  for (let node: TreeNode | null = p; node !== null; node = parent.get(node) ?? null) aboveP.add(node);
  for (let node: TreeNode | null = q; node !== null; node = parent.get(node) ?? null) {
    if (aboveP.has(node)) return node;
  }
  return null;
}
