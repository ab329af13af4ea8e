interface ListNode {
  val: number;
  next: ListNode | null;
}

function reverse(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  while (head !== null) {
    const next: ListNode | null = head.next;
    head.next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

// Find the end of the first half with slow/fast pointers, reverse the second half in place,
// compare the halves, then reverse it back so the list is left as it was. O(n) time, O(1) space.
export function isPalindrome(head: ListNode | null): boolean {
  if (head === null || head.next === null) return true;
  let slow = head;
  let fast = head;
  while (fast.next !== null && fast.next.next !== null) {
    slow = slow.next!;
    fast = fast.next.next;
  }
  const second = reverse(slow.next);
  let same = true;
  for (let a: ListNode | null = head, b = second; b !== null; a = a!.next, b = b.next) {
    if (a!.val !== b.val) {
      same = false;
      break;
    }
  }
  slow.next = reverse(second);
  return same;
}
