# Without recursion or a map: the stack holds the path of nodes still waiting for a right
# child. Each new pre-order value is the left child of the stack's top, unless the top is the
# next in-order value: then pop every node whose in-order turn has come, and the new value is
# the right child of the last one popped. Each node is pushed and popped once: O(n) time, O(h)
# stack. TreeNode is provided by drill (as on LeetCode).


def build_tree(preorder: list, inorder: list) -> "TreeNode | None":
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    stack = [root]
    j = 0  # the next in-order position to be passed
    for value in preorder[1:]:
        node = TreeNode(value)
        parent = stack[-1]
        if parent.val != inorder[j]:
            parent.left = node
        else:
            while stack and stack[-1].val == inorder[j]:
                parent = stack.pop()
                j += 1
            parent.right = node
        stack.append(node)
    return root
