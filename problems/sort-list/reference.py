# Bottom-up merge sort: passes merge sorted runs of width 1, 2, 4, ... two at a time, each pass
# O(n), log n passes: O(n log n) time, O(1) space (no recursion, no lists).


def _cut(head, size):
    """Cuts the list after size nodes and returns the rest (None if it ran out)."""
    for _ in range(size - 1):
        if head is None:
            break
        head = head.next
    if head is None:
        return None
    rest, head.next = head.next, None
    return rest


def _merge_after(tail, a, b):
    """Merges two sorted lists after tail; returns the merged part's last node."""
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    while tail.next is not None:
        tail = tail.next
    return tail


def sort_list(head):
    length, node = 0, head
    while node is not None:
        length, node = length + 1, node.next
    dummy = ListNode(0, head)
    width = 1
    while width < length:
        tail, rest = dummy, dummy.next
        while rest is not None:
            left = rest
            right = _cut(left, width)
            rest = _cut(right, width)
            tail = _merge_after(tail, left, right)
        width *= 2
    return dummy.next
