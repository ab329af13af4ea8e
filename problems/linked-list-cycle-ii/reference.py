# Floyd, two phases. Slow and fast meet inside the cycle (or fast falls off: no cycle). With a
# nodes before the cycle and the meeting b nodes into it, a + b is a multiple of the cycle's
# length, so a pointer from the head and one from the meeting point, both stepping one node at
# a time, meet at the cycle's first node. O(n) time, O(1) space.


def detect_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            start = head
            while start is not slow:
                start = start.next
                slow = slow.next
            return start
    return None
