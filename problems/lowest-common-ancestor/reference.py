# Without recursion (deep trees are fine): a BFS records every node's parent, p and all its
# ancestors (p included, since a node is its own ancestor) go into a set, and walking up from q
# the first node found in that set is the lowest common ancestor. O(n) time and space.
# Nodes are used as dict keys by identity (TreeNode does not define __eq__).
from collections import deque


def lowest_common_ancestor(root: "TreeNode", p: "TreeNode", q: "TreeNode") -> "TreeNode":
    if root is None:
        return None
    parent = {root: None}
    queue = deque([root])
    while queue and not (p in parent and q in parent):
        node = queue.popleft()
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                queue.append(child)
    above_p = set()
    node = p
    while node is not None:
        above_p.add(node)
        node = parent[node]
    node = q
    while node is not None:
        if node in above_p:
            return node
        node = parent[node]
    return None
