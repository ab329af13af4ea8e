// Trees to and from LeetCode's level-order arrays, and results made plain for checking.

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

/**
 * The inverse: a tree as a LeetCode level-order array, trailing nulls trimmed. A node reached
 * twice (a cycle, or a left pointer left behind by an in-place rewrite) throws a TypeError
 * naming it, instead of serialising without end.
 */
export function treeToLevelOrder(root: TreeNode | null): (number | null)[] {
  const out: (number | null)[] = [];
  const queue: (TreeNode | null)[] = [root];
  const seen = new Set<TreeNode>();
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    out.push(node ? node.val : null);
    if (!node) continue;
    if (seen.has(node)) {
      throw new TypeError(`the tree reaches the node with value ${node.val} twice (a cycle, or two pointers to one node): every node needs exactly one parent`);
    }
    seen.add(node);
    queue.push(node.left, node.right);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
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

/**
 * A deep copy of a call's input. structuredClone recurses, so a long chain of nodes (a linked
 * list of a few thousand) overflows its stack: those are copied without recursion, keeping
 * shared nodes shared and cycles cycles (two lists meeting in one tail, a tail linked back).
 */
export function copyInput<T>(value: T): T {
  // Lists are always copied this way: copies from structuredClone get other hidden classes than
  // nodes built in code, which makes the same walk slower at small sizes than at large ones.
  if (!holdsListNodes(value)) {
    try {
      return structuredClone(value);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  const copies = new Map<object, unknown>();
  const copyOf = (v: unknown): unknown => {
    if (typeof v !== "object" || v === null) return v;
    let copy = copies.get(v);
    if (copy === undefined) {
      if (ArrayBuffer.isView(v)) copy = structuredClone(v);
      else {
        copy = Array.isArray(v) ? new Array(v.length) : {};
        pending.push(v);
      }
      copies.set(v, copy);
    }
    return copy;
  };
  const pending: object[] = [];
  const root = copyOf(value);
  while (pending.length) {
    const original = pending.pop()!;
    const copy = copies.get(original) as Record<string, unknown>;
    for (const key of Object.keys(original)) copy[key] = copyOf((original as Record<string, unknown>)[key]);
  }
  return root as T;
}

/** Whether a call's arguments hold linked-list nodes (an argument, or an argument's element, with a next field). */
function holdsListNodes(value: unknown): boolean {
  const isNode = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && "next" in v;
  if (!Array.isArray(value)) return isNode(value);
  return value.some((arg) => isNode(arg) || (Array.isArray(arg) && arg.some(isNode)));
}
