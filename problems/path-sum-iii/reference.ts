interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Running sums from the root, counted in a map for the current root-to-node path: a path
// ending at a node sums to the target when it starts below an ancestor whose running sum is
// (current - target). Without recursion (deep trees are fine): each node is entered, then left
// after its children, when its running sum is taken back out of the map. O(n) time, O(h) space.
export function pathSum(root: TreeNode | null, targetSum: number): number {
  const count = new Map<number, number>([[0, 1]]);
  let paths = 0;
  // stack entries: [node, running sum above it, leaving?]
  const stack: [TreeNode, number, boolean][] = root ? [[root, 0, false]] : [];
  while (stack.length > 0) {
    const [node, above, leaving] = stack.pop()!;
    const sum = above + node.val;
    if (leaving) {
      count.set(sum, count.get(sum)! - 1);
      continue;
    }
    paths += count.get(sum - targetSum) ?? 0;
    count.set(sum, (count.get(sum) ?? 0) + 1);
    stack.push([node, above, true]);
    if (node.right) stack.push([node.right, sum, false]);
    if (node.left) stack.push([node.left, sum, false]);
  }
  return paths;
}
