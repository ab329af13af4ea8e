# Find the end of the first half with slow/fast pointers, reverse the second half in place,
# compare the halves, then reverse it back so the list is left as it was. O(n) time, O(1) space.


def _reverse(head):
    prev = None
    while head is not None:
        nxt = head.next
        head.next = prev
        prev, head = head, nxt
    return prev


def is_palindrome(head) -> bool:
    if head is None or head.next is None:
        return True
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    second = _reverse(slow.next)
    same, a, b = True, head, second
    while b is not None:
        if a.val != b.val:
            same = False
            break
        a, b = a.next, b.next
    slow.next = _reverse(second)
    return same
