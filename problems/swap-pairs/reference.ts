interface ListNode {
  val: number;
  next: ListNode | null;
}

// A dummy head gives every pair a node before it. For each pair (a, b) after prev: a takes b's
// successor, b points at a, prev points at b; a is the next prev. O(n) time, O(1) space.
export function swapPairs(head: ListNode | null): ListNode | null {
  const dummy: ListNode = { val: 0, next: head };
  let prev = dummy;
  while (prev.next !== null && prev.next.next !== null) {
    const a: ListNode = prev.next;
    const b: ListNode = a.next!;
    a.next = b.next;
    b.next = a;
    prev.next = b;
    prev = a;
  }
  return dummy.next;
}
