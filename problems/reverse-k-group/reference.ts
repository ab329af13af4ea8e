interface ListNode {
  val: number;
  next: ListNode | null;
}

// Group by group after a dummy head: find the k-th node ahead (stop if there is none), reverse
// the k nodes in place with prev starting at the node after the group, then link the node before
// the group to its new first node; the old first node is the next group's predecessor. Every
// node is looked at twice: O(n) time, O(1) space.
export function reverseKGroup(head: ListNode | null, k: number): ListNode | null {
  const dummy: ListNode = { val: 0, next: head };
  let groupPrev = dummy;
  for (;;) {
    let kth: ListNode | null = groupPrev;
    for (let i = 0; i < k && kth !== null; i++) kth = kth.next;
    if (kth === null) break;
    const after = kth.next;
    let prev = after;
    let cur = groupPrev.next;
    while (cur !== after) {
      const next: ListNode | null = cur!.next;
      cur!.next = prev;
      prev = cur;
      cur = next;
    }
    const first = groupPrev.next!;
    groupPrev.next = kth;
    groupPrev = first;
  }
  return dummy.next;
}
