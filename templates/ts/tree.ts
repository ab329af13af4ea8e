
/** A binary tree node, as drill builds it from a level-order array like [3,9,20,null,null,15,7]. */
export interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}
