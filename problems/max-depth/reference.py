# An explicit stack of (node, depth) pairs instead of recursion, so deep chains are fine:
# every node is visited once and the largest depth seen is the answer. O(n) time, O(n) stack
# in the worst case.


def max_depth(root: "TreeNode | None") -> int:
    if root is None:
        return 0
    best = 0
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > best:
            best = depth
        if node.left is not None:
            stack.append((node.left, depth + 1))
        if node.right is not None:
            stack.append((node.right, depth + 1))
    return best
