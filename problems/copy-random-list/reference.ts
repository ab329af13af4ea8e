interface RandomNode {
  val: number;
  next: RandomNode | null;
  random: RandomNode | null;
}

// Weaving: each copy goes right after its original (A → A' → B → B' …), so the copy of any
// node X is X.next. Then A'.random = A.random.next, and the two lists are pulled apart again,
// leaving the original as it was. O(n) time, O(1) space besides the copy.
export function copyRandomList(head: RandomNode | null): RandomNode | null {
  for (let node = head; node !== null; node = node.next.next) {
    node.next = { val: node.val, next: node.next, random: null } as RandomNode & { next: RandomNode };
  }
  for (let node = head; node !== null; node = node.next!.next) {
    node.next!.random = node.random === null ? null : node.random.next;
  }
  const dummy: RandomNode = { val: 0, next: null, random: null };
  let tail = dummy;
  for (let node = head; node !== null; node = node.next) {
    const copy = node.next!;
    node.next = copy.next;
    tail.next = copy;
    tail = copy;
  }
  tail.next = null;
  return dummy.next;
}
