# A dummy head and a tail pointer: hang the smaller front node on the tail until one list runs
# out, then the other's rest in one step. Every node is moved once: O(n) time, O(1) space.


class _Dummy:
    def __init__(self):
        self.next = None


def merge_two_lists(list1, list2):
    dummy = _Dummy()
    tail, a, b = dummy, list1, list2
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
