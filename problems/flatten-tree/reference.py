# O(1) extra space: at each node with a left subtree, the old right subtree is hung on the
# left subtree's rightmost node, the left subtree moves to the right and left is cleared. Only
# that rightmost node's own left part can follow it in pre-order, and the same step moves it in
# front when the walk, going down the right pointers, reaches it. Each node lies on the way to
# one rightmost node at most, so the walks add up to O(n) time.


def flatten(root: "TreeNode | None") -> None:
    node = root
    while node is not None:
        if node.left is not None:
            last = node.left
            while last.right is not None:
                last = last.right
            last.right = node.right
            node.right = node.left
            node.left = None
        node = node.right
