# Merging in pairs, bottom-up: lists i and i + step are merged into slot i, step doubling, so
# every node takes part in about log k merges: O(N log k) time, O(1) extra space.


def _merge_two(a, b):
    dummy = tail = ListNode(0)
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next


def merge_k_lists(lists):
    k = len(lists)
    if k == 0:
        return None
    step = 1
    while step < k:
        for i in range(0, k - step, 2 * step):
            lists[i] = _merge_two(lists[i], lists[i + step])
        step *= 2
    return lists[0]
