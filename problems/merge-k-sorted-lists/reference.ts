interface ListNode {
  val: number;
  next: ListNode | null;
}

function mergeTwo(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy: ListNode = { val: 0, next: null };
  let tail = dummy;
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
  return dummy.next;
}

// Merging in pairs, bottom-up: lists i and i + step are merged into slot i, step doubling, so
// every node takes part in about log k merges: O(N log k) time, O(1) extra space.
export function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  const k = lists.length;
  if (k === 0) return null;
  for (let step = 1; step < k; step *= 2) {
    for (let i = 0; i + step < k; i += 2 * step) lists[i] = mergeTwo(lists[i], lists[i + step]);
  }
  return lists[0];
}
