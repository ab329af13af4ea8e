# Schoolbook addition, least significant digit first: one pass with a carry, a finished list
# counting as 0, and one more digit while a carry is left. O(m + n) time, O(1) besides the answer.


def add_two_numbers(l1, l2):
    dummy = tail = ListNode(0)
    carry = 0
    while l1 is not None or l2 is not None or carry:
        total = carry
        if l1 is not None:
            total += l1.val
            l1 = l1.next
        if l2 is not None:
            total += l2.val
            l2 = l2.next
        carry, digit = divmod(total, 10)
        tail.next = ListNode(digit)
        tail = tail.next
    return dummy.next
