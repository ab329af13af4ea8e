# Floyd's slow and fast pointers: fast falls off the end when there is no cycle; inside a
# cycle it gains one node per step on slow and meets it within one lap. O(n) time, O(1) space.


def has_cycle(head) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
