interface ListNode {
  val: number;
  next: ListNode | null;
}

// A dummy head and a tail pointer: hang the smaller front node on the tail until one list runs
// out, then the other's rest in one step. Every node is moved once: O(n) time, O(1) space.
export function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  const dummy: ListNode = { val: 0, next: null };
  let tail = dummy;
  let a = list1;
  let b = list2;
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
