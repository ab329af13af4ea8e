# Running sums from the root, counted in a dict for the current root-to-node path: a path
# ending at a node sums to the target when it starts below an ancestor whose running sum is
# (current - target). Without recursion (deep trees are fine): each node is entered, then left
# after its children, when its running sum is taken back out of the dict. O(n) time, O(h) space.


def path_sum(root: "TreeNode | None", target_sum: int) -> int:
    count = {0: 1}
    paths = 0
    stack = [(root, 0, False)] if root is not None else []  # (node, running sum above it, leaving?)
    while stack:
        node, above, leaving = stack.pop()
        total = above + node.val
        if leaving:
            count[total] -= 1
            continue
        paths += count.get(total - target_sum, 0)
        count[total] = count.get(total, 0) + 1
        stack.append((node, above, True))
        if node.right is not None:
            stack.append((node.right, total, False))
        if node.left is not None:
            stack.append((node.left, total, False))
    return paths
