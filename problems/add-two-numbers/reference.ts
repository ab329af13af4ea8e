interface ListNode {
  val: number;
  next: ListNode | null;
}

// Schoolbook addition, least significant digit first: one pass with a carry, a finished list
// counting as 0, and one more digit while a carry is left. O(m + n) time, O(1) besides the answer.
export function addTwoNumbers(l1: ListNode | null, l2: ListNode | null): ListNode | null {
  const dummy: ListNode = { val: 0, next: null };
  let tail = dummy;
  let carry = 0;
  while (l1 !== null || l2 !== null || carry > 0) {
    const sum = (l1?.val ?? 0) + (l2?.val ?? 0) + carry;
    carry = sum >= 10 ? 1 : 0;
    tail.next = { val: sum % 10, next: null };
    tail = tail.next;
    l1 = l1?.next ?? null;
    l2 = l2?.next ?? null;
  }
  return dummy.next;
}
