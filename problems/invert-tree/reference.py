# Without recursion (deep trees are fine): take nodes from a stack, swap each one's two child
# pointers and push its children. Every node is swapped once, in any order. O(n) time, O(n)
# stack in the worst case.


def invert_tree(root: "TreeNode | None") -> "TreeNode | None":
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    return root
