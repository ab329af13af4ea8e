# The middle element is the root, the elements before it the left subtree and those after it
# the right one, recursively on index ranges (no copies). Halves differ in size by at most
# one, so the tree is balanced and the recursion is O(log n) deep. O(n) time.
# TreeNode is provided by drill (as on LeetCode).


def sorted_array_to_bst(nums: list) -> "TreeNode | None":
    def build(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi) // 2
        return TreeNode(nums[mid], build(lo, mid - 1), build(mid + 1, hi))

    return build(0, len(nums) - 1)
