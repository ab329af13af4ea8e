# In-order traversal with an explicit stack: a strict BST yields strictly increasing values.
# `prev` starts as None (no value seen yet), so no sentinel can collide with a real value.
# O(n) time, O(h) extra space, and it stops at the first out-of-order value.


def is_valid_bst(root: "TreeNode | None") -> bool:
    stack = []
    prev = None
    node = root
    while node is not None or stack:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if prev is not None and node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True
