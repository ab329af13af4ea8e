interface ListNode {
  val: number;
  next: ListNode | null;
}

// Floyd, two phases. Slow and fast meet inside the cycle (or fast falls off: no cycle). With a
// nodes before the cycle and the meeting b nodes into it, a + b is a multiple of the cycle's
// length, so a pointer from the head and one from the meeting point, both stepping one node at
// a time, meet at the cycle's first node. O(n) time, O(1) space.
export function detectCycle(head: ListNode | null): ListNode | null {
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = slow!.next;
    fast = fast.next.next;
    if (slow === fast) {
      let start = head!;
      let meet = slow!;
      while (start !== meet) {
        start = start.next!;
        meet = meet.next!;
      }
      return start;
    }
  }
  return null;
}
