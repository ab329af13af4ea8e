interface ListNode {
  val: number;
  next: ListNode | null;
}

/** Cuts the list after `size` nodes and returns the rest (null if it ran out). */
function cut(head: ListNode | null, size: number): ListNode | null {
  for (let i = 1; head !== null && i < size; i++) head = head.next;
  if (head === null) return null;
  const rest = head.next;
  head.next = null;
  return rest;
}

/** Merges two sorted lists after `tail`; returns the merged part's last node. */
function mergeAfter(tail: ListNode, a: ListNode | null, b: ListNode | null): ListNode {
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  while (tail.next !== null) tail = tail.next;
  return tail;
}

// Bottom-up merge sort: passes merge sorted runs of width 1, 2, 4, … two at a time, each pass
// O(n), log n passes: O(n log n) time, O(1) space (no recursion, no arrays).
export function sortList(head: ListNode | null): ListNode | null {
  let length = 0;
  for (let node = head; node !== null; node = node.next) length++;
  const dummy: ListNode = { val: 0, next: head };
  for (let width = 1; width < length; width *= 2) {
    let tail = dummy;
    let rest = dummy.next;
    while (rest !== null) {
      const left = rest;
      const right = cut(left, width);
      rest = cut(right, width);
      tail = mergeAfter(tail, left, right);
    }
  }
  return dummy.next;
}
