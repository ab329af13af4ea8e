interface ListNode {
  val: number;
  next: ListNode | null;
}

// One pass with a gap: fast starts n + 1 nodes ahead of slow (which starts on a dummy before
// the head), so when fast runs off the end slow sits just before the node to unlink. The dummy
// makes removing the head the same as any other node. O(length) time, O(1) space.
export function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  const dummy: ListNode = { val: 0, next: head };
  let fast: ListNode | null = dummy;
  for (let i = 0; i <= n; i++) fast = fast!.next;
  let slow = dummy;
  while (fast !== null) {
    fast = fast.next;
    slow = slow.next!;
  }
  slow.next = slow.next!.next;
  return dummy.next;
}
