// Linked lists to and from LeetCode's arrays: plain lists ([1,2,3]), a tail linked back to
// index pos (a cycle), two lists sharing a tail (an intersection), and lists whose nodes also
// point at a random node ([[val, randomIndex], ...]). Reading a list back stops at a node
// reached twice instead of walking a cycle without end.

/** A returned list drill cannot read back (a cycle, a node of the input): invalid output, not a crash. */
export class InvalidListError extends TypeError {
  override name = "InvalidListError";
}

export interface ListNode {
  val: number;
  next: ListNode | null;
}

export interface RandomNode {
  val: number;
  next: RandomNode | null;
  random: RandomNode | null;
}

/** The nodes of LeetCode's array form, in order (no links yet). */
function chain(values: readonly number[]): ListNode[] {
  const nodes: ListNode[] = values.map((val) => ({ val, next: null }));
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
  return nodes;
}

/** [1,2,3] as 1 → 2 → 3; with `cyclePos` ≥ 0 the tail links back to the node at that index. */
export function listFromArray(values: readonly number[], cyclePos = -1): ListNode | null {
  const nodes = chain(values);
  if (cyclePos >= 0) {
    if (cyclePos >= nodes.length) throw new RangeError(`pos ${cyclePos} is outside the list of ${nodes.length} node(s) (use -1 for no cycle)`);
    nodes[nodes.length - 1].next = nodes[cyclePos];
  }
  return nodes[0] ?? null;
}

/**
 * A list back as an array. A node reached twice (a cycle, or a tail left pointing back into the
 * list by an in-place rewrite) throws an InvalidListError naming it, instead of walking without end.
 */
export function listToArray(head: ListNode | null): number[] {
  const out: number[] = [];
  const seen = new Set<ListNode>();
  for (let node = head; node; node = node.next) {
    if (seen.has(node)) {
      throw new InvalidListError(`the list reaches the node with value ${node.val} twice (a cycle: a next pointer leads back into the list): a returned list must end in null`);
    }
    seen.add(node);
    out.push(node.val);
  }
  return out;
}

/**
 * LeetCode's intersection input: listA and listB share their nodes from listA[skipA] and
 * listB[skipB] on (those suffixes must be equal, starting with intersectVal); intersectVal 0
 * means the lists share nothing.
 */
export function intersectingLists(a: readonly number[], b: readonly number[], skipA: number, skipB: number, intersectVal: number): [ListNode | null, ListNode | null] {
  const nodesA = chain(a);
  const nodesB = chain(b);
  if (intersectVal === 0) return [nodesA[0] ?? null, nodesB[0] ?? null];
  const tailA = a.slice(skipA);
  const tailB = b.slice(skipB);
  if (skipA < 0 || skipA >= a.length || skipB < 0 || skipB >= b.length || a[skipA] !== intersectVal || JSON.stringify(tailA) !== JSON.stringify(tailB)) {
    throw new RangeError(`listA from skipA (${JSON.stringify(tailA)}) and listB from skipB (${JSON.stringify(tailB)}) must be the same values starting with intersectVal ${intersectVal}`);
  }
  if (skipB === 0) return [nodesA[0], nodesA[skipA]];
  nodesB[skipB - 1].next = nodesA[skipA];
  return [nodesA[0], nodesB[0]];
}

/** LeetCode's [[val, randomIndex | null], ...] as nodes with next and random pointers. */
export function randomListFromPairs(pairs: readonly (readonly [number, number | null])[]): RandomNode | null {
  const nodes: RandomNode[] = pairs.map(([val]) => ({ val, next: null, random: null }));
  pairs.forEach(([, random], i) => {
    if (i + 1 < nodes.length) nodes[i].next = nodes[i + 1];
    if (random !== null) {
      if (!nodes[random]) throw new RangeError(`random index ${random} of node ${i} is outside the list of ${nodes.length} node(s)`);
      nodes[i].random = nodes[random];
    }
  });
  return nodes[0] ?? null;
}

/** Every node reachable from the values given (the nodes of a call's list arguments). */
export function listNodesOf(values: readonly unknown[]): Set<object> {
  const nodes = new Set<object>();
  for (const value of values) {
    for (let node = value as ListNode | null; node && typeof node === "object" && "next" in node && !nodes.has(node); node = node.next) nodes.add(node);
  }
  return nodes;
}

/**
 * A list with random pointers back in LeetCode's form. A node reached twice, a random pointer
 * to a node outside the returned list, or a node of the input (`inputNodes`: a copy must be
 * made of new nodes) throws an InvalidListError saying so.
 */
export function randomListToPairs(head: RandomNode | null, inputNodes: ReadonlySet<object> = new Set()): [number, number | null][] {
  const index = new Map<RandomNode, number>();
  const nodes: RandomNode[] = [];
  for (let node = head; node; node = node.next) {
    if (index.has(node)) throw new InvalidListError(`the list reaches the node with value ${node.val} twice (a cycle): a returned list must end in null`);
    if (inputNodes.has(node)) throw new InvalidListError(`node ${nodes.length} (value ${node.val}) is a node of the input list: the copy must be made of new nodes`);
    index.set(node, nodes.length);
    nodes.push(node);
  }
  return nodes.map((node, i) => {
    const random = node.random ?? null;
    if (random === null) return [node.val, null];
    const at = index.get(random);
    if (at === undefined) {
      const where = inputNodes.has(random) ? "a node of the input list" : "a node outside the returned list";
      throw new InvalidListError(`the random pointer of node ${i} (value ${node.val}) points to ${where}: it must point into the copy`);
    }
    return [node.val, at];
  });
}
