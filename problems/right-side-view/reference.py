# Level by level: `level` holds exactly the nodes of one level in left-to-right order, so its
# last node is the one seen from the right. O(n) time, O(width) extra space.


def right_side_view(root: "TreeNode | None") -> list[int]:
    view: list[int] = []
    level = [] if root is None else [root]
    while level:
        view.append(level[-1].val)
        nxt = []
        for node in level:
            if node.left is not None:
                nxt.append(node.left)
            if node.right is not None:
                nxt.append(node.right)
        level = nxt
    return view
