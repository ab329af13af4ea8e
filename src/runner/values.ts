// Turning case values into the arguments a solution receives (trees from level-order arrays).
import type { Kind } from "../registry/kinds.js";

export interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** LeetCode's level-order form: [3,9,20,null,null,15,7]; null marks a missing child. */
export function treeFromLevelOrder(values: readonly (number | null)[]): TreeNode | null {
  if (values.length === 0 || values[0] === null) return null;
  const root: TreeNode = { val: values[0], left: null, right: null };
  const queue: TreeNode[] = [root];
  let head = 0;
  let i = 1;
  while (i < values.length && head < queue.length) {
    const node = queue[head++];
    for (const side of ["left", "right"] as const) {
      if (i >= values.length) break;
      const v = values[i++];
      if (v !== null) {
        node[side] = { val: v, left: null, right: null };
        queue.push(node[side]!);
      }
    }
  }
  return root;
}

/** Builds what the solution receives for one argument of the given kind. */
export function toArgument(kind: Kind, value: unknown): unknown {
  if (kind.type === "tree") return treeFromLevelOrder(value as (number | null)[]);
  if (kind.type === "array" && Array.isArray(value) && containsTree(kind.of)) {
    return value.map((v) => toArgument(kind.of, v));
  }
  return value;
}

function containsTree(kind: Kind): boolean {
  if (kind.type === "tree") return true;
  if (kind.type === "array") return containsTree(kind.of);
  if (kind.type === "record") return Object.values(kind.fields).some(containsTree);
  return false;
}

/** Typed arrays become plain arrays so checkers see one shape of value. */
export function toPlainResult(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>);
  }
  if (Array.isArray(value)) {
    return value.some((v) => typeof v === "object" && v !== null) ? value.map(toPlainResult) : value;
  }
  return value;
}
