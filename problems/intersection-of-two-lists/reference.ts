interface ListNode {
  val: number;
  next: ListNode | null;
}

// Two pointers that swap lists: a walks A then B, b walks B then A. Both cover
// (own part of A) + (own part of B) + (shared tail) nodes, so they reach the first shared node
// at the same step, or null together when there is none. O(m + n) time, O(1) space.
export function getIntersectionNode(headA: ListNode | null, headB: ListNode | null): ListNode | null {
  let a = headA;
  let b = headB;
  while (a !== b) {
    a = a === null ? headB : a.next;
    b = b === null ? headA : b.next;
  }
  return a;
}
