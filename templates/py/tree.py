
class TreeNode:
    """A binary tree node, as drill builds it from a level-order list like [3, 9, 20, None, None, 15, 7]."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
