# In-order walk with an explicit stack, which visits a BST's values in increasing order; it
# stops at the k-th visit, so it costs O(h + k) time and O(h) extra space.


def kth_smallest(root: "TreeNode | None", k: int) -> int:
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    stack = []
    node = root
    remaining = k
    while node is not None or stack:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        remaining -= 1
        if remaining == 0:
            return node.val
        node = node.right
    raise ValueError(f"k = {k} but the tree has only {k - remaining} nodes")
