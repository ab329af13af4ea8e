# An explicit stack instead of recursion (deep trees are fine): walk left pushing every node,
# then the top of the stack is the next node in order; output it and continue with its right
# subtree. O(n) time, O(h) extra space for height h.


def inorder_traversal(root: "TreeNode | None") -> list:
    out = []
    stack = []
    node = root
    while node is not None or stack:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.val)
        node = node.right
    return out
