interface ListNode {
  val: number;
  next: ListNode | null;
}

// Three pointers: prev is the part already reversed, cur the first node not yet turned, next
// saved before cur's pointer is overwritten. Each node is turned once: O(n) time, O(1) space.
export function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  let cur = head;
  while (cur !== null) {
    const next: ListNode | null = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return prev;
}
