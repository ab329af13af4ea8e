# One pass with a gap: fast starts n + 1 nodes ahead of slow (which starts on a dummy before
# the head), so when fast runs off the end slow sits just before the node to unlink. The dummy
# makes removing the head the same as any other node. O(length) time, O(1) space.


def remove_nth_from_end(head, n):
    dummy = ListNode(0, head)
    fast = dummy
    for _ in range(n + 1):
        fast = fast.next
    slow = dummy
    while fast is not None:
        fast, slow = fast.next, slow.next
    slow.next = slow.next.next
    return dummy.next
