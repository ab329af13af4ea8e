# A dummy head gives every pair a node before it. For each pair (a, b) after prev: a takes b's
# successor, b points at a, prev points at b; a is the next prev. O(n) time, O(1) space.


def swap_pairs(head):
    dummy = ListNode(0, head)
    prev = dummy
    while prev.next is not None and prev.next.next is not None:
        a = prev.next
        b = a.next
        a.next = b.next
        b.next = a
        prev.next = b
        prev = a
    return dummy.next
