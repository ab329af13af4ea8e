interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// The middle element is the root, the elements before it the left subtree and those after it
// the right one, recursively on index ranges (no copies). Halves differ in size by at most
// one, so the tree is balanced and the recursion is O(log n) deep. O(n) time.
export function sortedArrayToBST(nums: number[]): TreeNode | null {
  const build = (lo: number, hi: number): TreeNode | null => {
    if (lo > hi) return null;
    const mid = lo + Math.floor((hi - lo) / 2);
    return { val: nums[mid], left: build(lo, mid - 1), right: build(mid + 1, hi) };
  };
  return build(0, nums.length - 1);
}
