def level_order(root):
    """Breadth-first, one level at a time."""
    levels = []
    current = [root] if root is not None else []
    while current:
        levels.append([node.val for node in current])
        current = [child for node in current for child in (node.left, node.right) if child is not None]
    return levels
