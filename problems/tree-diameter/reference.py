# Without recursion (deep trees are fine): a post-order walk with an explicit stack computes
# each node's height (in nodes) after both children's. The longest path turning at a node has
# height(left) + height(right) edges; the answer is the largest over all nodes. O(n) time and
# space. Nodes are dict keys by identity.


def diameter_of_binary_tree(root: "TreeNode | None") -> int:
    if root is None:
        return 0
    height = {None: 0}
    stack = [(root, False)]
    best = 0
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, False))
            continue
        left, right = height[node.left], height[node.right]
        best = max(best, left + right)
        height[node] = 1 + max(left, right)
    return best
