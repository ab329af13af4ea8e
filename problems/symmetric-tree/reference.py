# Without recursion (deep trees are fine): a stack of node pairs that must mirror each other,
# starting with the root's two subtrees. A pair mirrors when both are None, or both exist with
# equal values and their outer children and inner children mirror. O(n) time, O(n) stack in
# the worst case.


def is_symmetric(root: "TreeNode | None") -> bool:
    if root is None:
        return True
    stack = [(root.left, root.right)]
    while stack:
        a, b = stack.pop()
        if a is None and b is None:
            continue
        if a is None or b is None or a.val != b.val:
            return False
        stack.append((a.left, b.right))
        stack.append((a.right, b.left))
    return True
