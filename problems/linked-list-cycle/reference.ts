interface ListNode {
  val: number;
  next: ListNode | null;
}

// Floyd's slow and fast pointers: fast falls off the end when there is no cycle; inside a
// cycle it gains one node per step on slow and meets it within one lap. O(n) time, O(1) space.
export function hasCycle(head: ListNode | null): boolean {
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = slow!.next;
    fast = fast.next.next;
    if (slow === fast) return true;
  }
  return false;
}
