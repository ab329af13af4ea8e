interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

// Without recursion or a map: the stack holds the path of nodes still waiting for a right
// child. Each new pre-order value is the left child of the stack's top, unless the top is the
// next in-order value: then pop every node whose in-order turn has come, and the new value is
// the right child of the last one popped. Each node is pushed and popped once: O(n) time, O(h)
// stack.
export function buildTree(preorder: number[], inorder: number[]): TreeNode | null {
  if (preorder.length === 0) return null;
  const root: TreeNode = { val: preorder[0], left: null, right: null };
  const stack: TreeNode[] = [root];
  let j = 0; // the next in-order position to be passed
  for (let i = 1; i < preorder.length; i++) {
    const node: TreeNode = { val: preorder[i], left: null, right: null };
    let parent = stack[stack.length - 1];
    if (parent.val !== inorder[j]) {
      parent.left = node;
    } else {
      while (stack.length > 0 && stack[stack.length - 1].val === inorder[j]) {
        parent = stack.pop()!;
        j++;
      }
      parent.right = node;
    }
    stack.push(node);
  }
  return root;
}
