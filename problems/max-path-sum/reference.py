# Without recursion (deep trees are fine): nodes in breadth-first order, read backwards, come
# after their children. gain(node) = val + max(0, gain(left), gain(right)) is the best path
# going straight down from a node; the best path bending at a node adds both children's gains,
# each clamped at 0. O(n) time and space. Nodes are dict keys by identity.


def max_path_sum(root: "TreeNode | None") -> int:
    if root is None:
        return 0
    order = [root]
    for node in order:
        if node.left is not None:
            order.append(node.left)
        if node.right is not None:
            order.append(node.right)
    gain = {None: 0}
    best = None
    for node in reversed(order):
        left = max(0, gain[node.left])
        right = max(0, gain[node.right])
        through = node.val + left + right
        if best is None or through > best:
            best = through
        gain[node] = node.val + max(left, right)
    return best
