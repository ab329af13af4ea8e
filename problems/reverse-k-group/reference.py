# Group by group after a dummy head: find the k-th node ahead (stop if there is none), reverse
# the k nodes in place with prev starting at the node after the group, then link the node before
# the group to its new first node; the old first node is the next group's predecessor. Every
# node is looked at twice: O(n) time, O(1) space.


def reverse_k_group(head, k):
    dummy = ListNode(0, head)
    group_prev = dummy
    while True:
        kth = group_prev
        for _ in range(k):
            kth = kth.next
            if kth is None:
                return dummy.next
        after = kth.next
        prev, cur = after, group_prev.next
        while cur is not after:
            nxt = cur.next
            cur.next = prev
            prev, cur = cur, nxt
        first = group_prev.next
        group_prev.next = kth
        group_prev = first
